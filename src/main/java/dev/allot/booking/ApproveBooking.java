package dev.allot.booking;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An admin approves a pending booking; for an occurrence of a series, {@code scope} FOLLOWING or ALL
 * approves the series' pending occurrences after it, or all of them, at once.
 */
public record ApproveBooking(@NotNull BookingId id, @Nullable SeriesScope scope) {

    /** This booking alone. */
    public ApproveBooking(BookingId id) {
        this(id, null);
    }
}
