package dev.allot.notification;

import java.io.Serializable;

/**
 * Something the recipient can do about a notification, e.g. "Accept" or "Decline", that a channel
 * may show as a button.
 *
 * @param target a path in the web application ("/admin/approvals"), which the inbox shows as a
 *     link, or an action id of the sender's (no leading slash) that only messengers understand
 */
public record NotificationAction(NotificationText label, String target) implements Serializable {

    public boolean isPath() {
        return target.startsWith("/");
    }
}
