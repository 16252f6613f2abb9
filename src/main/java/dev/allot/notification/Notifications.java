package dev.allot.notification;

import dev.allot.identity.UserId;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;

/** The notification module's API: a person's in-app inbox. */
public interface Notifications {

    /** Newest first. */
    Page<NotificationView> inbox(UserId owner, PageRequest page);

    long unreadCount(UserId owner);

    /** Marks one of the owner's notifications read; 404 for anyone else's. */
    NotificationView markRead(UserId owner, NotificationId id);
}
