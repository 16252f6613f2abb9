package dev.allot.insight;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One local day of a scope: booked and open hours (times the resources), used hours, and bookings
 * that start that day by their current status. A day with nothing open and nothing booked still
 * appears, so a series has every day of its period.
 */
public record DayUsage(
        LocalDate day,
        double bookedHours,
        double availableHours,
        @Nullable Double utilisation,
        double usedHours,
        int pending,
        int confirmed,
        int cancelled,
        int rejected,
        int checkedIn) {}
