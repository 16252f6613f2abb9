package dev.allot.gathering;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One rating given after an event.
 *
 * @param ofHost whether it rates the host (given by a guest); otherwise a guest (given by the host)
 * @param editableUntil until when its author may change or remove it
 */
public record RatingView(long id, GatheringId gathering, PersonRef by, PersonRef of, boolean ofHost, int score,
        @Nullable String comment, Instant createdAt, Instant updatedAt, Instant editableUntil) {}
