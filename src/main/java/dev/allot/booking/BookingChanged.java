package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;

/**
 * An active booking was moved or edited; {@code before} is how it was.
 *
 * <p>{@code inSeriesAction}: it happened to this occurrence as part of one action on several occurrences
 * of its series (scope FOLLOWING or ALL), which {@link SeriesActed} tells people of once.
 */
public record BookingChanged(BookingView before, BookingView after, UserId actor, Instant occurredAt,
        boolean inSeriesAction)
        implements BookingEvent {

    /** It happened to this booking alone. */
    public BookingChanged(BookingView before, BookingView after, UserId actor, Instant occurredAt) {
        this(before, after, actor, occurredAt, false);
    }
}
