package dev.allot.notification;

public record WebhookId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
