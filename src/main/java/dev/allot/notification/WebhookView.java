package dev.allot.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A registered webhook as admins see it; its secret is shown only once, in {@link RegisteredWebhook}. */
public record WebhookView(WebhookId id, String url, @Nullable String description, boolean active, Instant createdAt) {}
