package dev.allot.booking;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How much of a limit a person uses: in the week starting {@code weekOf} (a Monday) for a weekly
 * measure, or now for {@link LimitMeasure#ACTIVE_BOOKINGS}; in the measure's unit (bookings, hours,
 * days, minutes; hours may be fractional).
 */
public record LimitUse(BookingLimit limit, @Nullable LocalDate weekOf, double used, double remaining) {}
