package dev.allot.booking;

import dev.allot.space.ResourceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A request to book {@code resourceId} for [startsAt, endsAt). With an {@code idempotencyKey}, a
 * repeat of the same request returns the first booking instead of making a second one.
 */
public record BookResource(
        ResourceId resourceId,
        Instant startsAt,
        Instant endsAt,
        String title,
        int attendees,
        @Nullable String note,
        @Nullable String idempotencyKey) {}
