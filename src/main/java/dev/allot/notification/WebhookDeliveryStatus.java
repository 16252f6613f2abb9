package dev.allot.notification;

/** Where one delivery stands: still being tried, accepted by the receiver (2xx), or given up on. */
public enum WebhookDeliveryStatus {
    PENDING, DELIVERED, FAILED
}
