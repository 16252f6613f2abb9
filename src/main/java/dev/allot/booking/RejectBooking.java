package dev.allot.booking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An admin rejects a pending booking; the reason, told to the booker, is required (blank is none). For
 * an occurrence of a series, {@code scope} FOLLOWING or ALL rejects the series' pending occurrences after
 * it, or all of them, at once.
 */
public record RejectBooking(@NotNull BookingId id, @Size(max = Bookings.MAX_REASON) @Nullable String reason,
        @Nullable SeriesScope scope) {

    /** This booking alone. */
    public RejectBooking(BookingId id, @Nullable String reason) {
        this(id, reason, null);
    }
}
