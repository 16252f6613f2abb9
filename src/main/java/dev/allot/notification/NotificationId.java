package dev.allot.notification;

public record NotificationId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
