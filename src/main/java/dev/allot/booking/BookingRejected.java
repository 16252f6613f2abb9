package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;

/**
 * An admin rejected a pending booking; the view carries the reason.
 *
 * <p>{@code inSeriesAction}: it happened to this occurrence as part of one action on several occurrences
 * of its series (scope FOLLOWING or ALL), which {@link SeriesActed} tells people of once.
 */
public record BookingRejected(BookingView booking, UserId actor, Instant occurredAt, boolean inSeriesAction)
        implements BookingEvent {

    /** It happened to this booking alone. */
    public BookingRejected(BookingView booking, UserId actor, Instant occurredAt) {
        this(booking, actor, occurredAt, false);
    }
}
