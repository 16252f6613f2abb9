package dev.allot.notification.internal;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * What one delivery task tells one person, kept in the scheduled task's data: the kind of news,
 * the booking it is about, and who did it and why when that matters.
 */
record DeliveryRequest(String kind, long bookingId, long recipientId, @Nullable Long actorId, @Nullable String reason,
        long version) implements Serializable {

    DeliveryRequest(String kind, long bookingId, long recipientId, @Nullable Long actorId, @Nullable String reason) {
        this(kind, bookingId, recipientId, actorId, reason, 0);
    }

    /**
     * One delivery per kind, booking and recipient (and version, for news that can repeat, such as
     * a change): scheduling it twice, or running it twice, does nothing more.
     */
    String key() {
        return kind + "-" + bookingId + "-" + recipientId + (version == 0 ? "" : "-" + version);
    }
}
