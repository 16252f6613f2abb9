package dev.allot.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event posted (or being posted) to one webhook.
 *
 * @param lastStatusCode the receiver's answer to the latest attempt; null when it did not answer
 * @param lastError why the latest attempt failed; null when it succeeded or none was made yet
 */
public record WebhookDeliveryView(long id, WebhookId webhookId, String eventType, WebhookDeliveryStatus status,
        int attempts, @Nullable Integer lastStatusCode, @Nullable String lastError, Instant createdAt,
        @Nullable Instant deliveredAt) {}
