package dev.allot.notification;

/** The ways a notification can reach a person. */
public enum NotificationChannel {
    INBOX, EMAIL, TELEGRAM
}
