package dev.allot.insight;

import java.time.DayOfWeek;
import org.jspecify.annotations.Nullable;

/**
 * One weekday and local hour over a period: booked and open hours summed over every such hour in
 * the period (a daylight-saving day has one hour less or more) and every resource in the scope.
 *
 * @param share booked / available, null when the site is closed then
 */
public record HeatmapCell(DayOfWeek day, int hour, double bookedHours, double availableHours,
        @Nullable Double share) {}
