package dev.allot.booking;

import dev.allot.identity.Role;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fair-use limit to create or to change ({@link BookingLimit}); the peak days and times are for
 * {@link LimitMeasure#PEAK_MINUTES_PER_WEEK} (400 naming the field otherwise).
 */
public record SaveLimit(
        @NotNull Role role,
        @Nullable SiteId siteId,
        @Nullable ResourceKind kind,
        @NotNull LimitMeasure measure,
        @Min(1) @Max(BookingLimits.MAX_AMOUNT) int amount,
        @Nullable List<DayOfWeek> peakDays,
        @Nullable LocalTime peakStart,
        @Nullable LocalTime peakEnd) {}
