package dev.allot.notification;

import dev.allot.identity.UserId;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;

/** The notification module's API: sending notifications, and a person's in-app inbox. */
public interface Notifications {

    /**
     * Sends a notification, inside the caller's transaction: the inbox messages are written and the
     * other channels' deliveries scheduled in it, so a rolled-back change sends nothing and a
     * committed one is delivered even across a restart, once per recipient. A request sent twice
     * delivers once. An unregistered kind is an {@link IllegalArgumentException}.
     */
    void send(NotificationRequest request);

    /** Drops the notifications of this kind about this subject that wait for their time (reminders). */
    void withdraw(NotificationSubject subject, String kind);

    /**
     * Emails somebody who has no account (a guest), in the sender's transaction like {@link #send}:
     * a durable task, sent once per key, retried while the mail server fails; nothing where no
     * mail server is configured.
     */
    void emailGuest(GuestEmail email);

    /** Newest first. */
    Page<NotificationView> inbox(UserId owner, PageRequest page);

    long unreadCount(UserId owner);

    /** Marks one of the owner's notifications read; 404 for anyone else's. */
    NotificationView markRead(UserId owner, NotificationId id);
}
