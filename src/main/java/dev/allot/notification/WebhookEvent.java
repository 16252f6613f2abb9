package dev.allot.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event for the webhooks, e.g. {@code ("booking.created", at, {"booking": {...}})}: receivers
 * get {@code {"id", "type", "occurredAt", ...data}}, {@code data}'s entries in their order.
 *
 * @param data JSON-writable values (records, maps, strings, numbers) by field name; a
 *     {@link LinkedHashMap} keeps more than one in order
 */
public record WebhookEvent(String type, Instant occurredAt, Map<String, Object> data) {

    public WebhookEvent {
        if (data.keySet().stream().anyMatch(key -> key.equals("id") || key.equals("type") || key.equals("occurredAt"))) {
            throw new IllegalArgumentException("id, type and occurredAt are the envelope's: " + data.keySet());
        }
        data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
