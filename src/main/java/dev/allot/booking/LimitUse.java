package dev.allot.booking;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How much of a limit a person uses: in the week starting {@code weekOf} (a Monday) for a weekly
 * measure, or now for {@link LimitMeasure#ACTIVE_BOOKINGS}; in the measure's unit (bookings, hours,
 * days, minutes; hours may be fractional).
 */
public record LimitUse(BookingLimit limit, @Nullable LocalDate weekOf, double used, double remaining) {

    /** An amount of a limit as people read it: whole, or to a tenth (hours), rounded down. */
    public static String amount(double value) {
        double tenths = Math.floor(value * 10 + 1e-9) / 10;
        return tenths == Math.rint(tenths) ? String.valueOf((long) tenths) : String.valueOf(tenths);
    }
}
