package dev.allot.booking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Cancel an active booking. The reason is required when cancelling somebody else's booking (an
 * admin's decision the booker is told about), optional for one's own; blank counts as none. For an
 * occurrence of a series, {@code scope} may take the following occurrences or all of them along (those
 * that have not begun); without it, this one alone.
 */
public record CancelBooking(@NotNull BookingId id, @Size(max = Bookings.MAX_REASON) @Nullable String reason,
        @Nullable SeriesScope scope) {

    /** This booking alone. */
    public CancelBooking(BookingId id, @Nullable String reason) {
        this(id, reason, null);
    }
}
