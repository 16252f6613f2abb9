package dev.allot.booking;

import dev.allot.space.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A request to book {@code resourceId} again and again: {@code first} is the first occurrence (a day
 * and wall-clock times in the site's zone, which every occurrence keeps across daylight saving),
 * {@code repeat} says which days follow. Every occurrence is judged as a single booking would be; with
 * {@link OnConflict#FAIL} one that cannot be booked books none, with {@link OnConflict#SKIP} the others
 * are booked and it is reported.
 */
public record BookSeries(
        @NotNull ResourceId resourceId,
        @NotNull @Valid LocalSlot first,
        @NotNull @Valid Repeat repeat,
        @NotNull OnConflict onConflict,
        @Size(max = Bookings.MAX_TITLE) @Nullable String title,
        @Min(1) @Max(Bookings.MAX_ATTENDEES) @Nullable Integer attendees,
        @Size(max = Bookings.MAX_NOTE) @Nullable String note,
        boolean privateTitle) {}
