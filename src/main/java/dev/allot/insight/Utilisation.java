package dev.allot.insight;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * How much of the open time a scope was booked, and how much of the booked time was used.
 *
 * @param resources the resources counted
 * @param bookedHours active (pending or confirmed) booked hours in the period
 * @param availableHours opening hours of the site in the period, times the resources
 * @param utilisation booked / available, null when nothing was open
 * @param checkInBookedHours booked hours on past days at resources that use check-in (see ADR 9)
 * @param usedHours of those, the hours from check-in to the end of checked-in bookings
 * @param usedShare used / checkInBookedHours, null without check-in data
 */
public record Utilisation(
        InsightScope scope,
        Period period,
        ZoneId timeZone,
        int resources,
        double bookedHours,
        double availableHours,
        @Nullable Double utilisation,
        double checkInBookedHours,
        double usedHours,
        @Nullable Double usedShare) {}
