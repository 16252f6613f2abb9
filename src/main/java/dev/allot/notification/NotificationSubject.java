package dev.allot.notification;

import java.io.Serializable;

/**
 * What a notification is about, e.g. {@code ("booking", "42")}: it makes the delivery keys (one
 * delivery per kind, subject and recipient) and finds the notifications to withdraw.
 */
public record NotificationSubject(String type, String id) implements Serializable {

    public NotificationSubject {
        if (type.isBlank() || id.isBlank() || type.contains(":") || id.contains(":")) {
            throw new IllegalArgumentException("A subject needs a type and an id without ':', not " + type + "/" + id);
        }
    }

    public static NotificationSubject of(String type, long id) {
        return new NotificationSubject(type, String.valueOf(id));
    }
}
