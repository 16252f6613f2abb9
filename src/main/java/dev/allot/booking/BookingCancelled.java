package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pending or confirmed booking was cancelled, by its booker or by an admin, or released by Allot
 * itself ({@code actor} null; the booking's reason is a {@link ReleaseReason} code); the view is as it
 * is now.
 *
 * <p>{@code inSeriesAction}: it happened to this occurrence as part of one action on several occurrences
 * of its series (scope FOLLOWING or ALL), which {@link SeriesActed} tells people of once.
 */
public record BookingCancelled(BookingView booking, @Nullable UserId actor, Instant occurredAt, boolean inSeriesAction)
        implements BookingEvent {

    /** It happened to this booking alone. */
    public BookingCancelled(BookingView booking, @Nullable UserId actor, Instant occurredAt) {
        this(booking, actor, occurredAt, false);
    }
}
