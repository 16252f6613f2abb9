package dev.allot.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a booking repeats, in the site's calendar: every {@code interval} days, weeks (on
 * {@code byDay}, the first day's weekday when empty) or months (on the first day's date, or with
 * {@code weekOfMonth} on that week's {@code byDay}: the second Tuesday is 2 and TUESDAY, the last
 * Friday -1 and FRIDAY), {@code count} times or {@code until} a day (inclusive), at most
 * {@link Bookings#MAX_OCCURRENCES}. Stored as an RFC 5545 RRULE.
 */
public record Repeat(
        @NotNull Frequency frequency,
        @Min(1) @Max(99) @Nullable Integer interval,
        @Nullable List<DayOfWeek> byDay,
        @Min(-1) @Max(5) @Nullable Integer weekOfMonth,
        @Min(1) @Max(Bookings.MAX_OCCURRENCES) @Nullable Integer count,
        @Nullable LocalDate until) {

    public enum Frequency { DAILY, WEEKLY, MONTHLY }
}
