package dev.allot.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * The busy hours a {@link LimitMeasure#PEAK_MINUTES_PER_WEEK} limit counts: weekdays, from and to, in the
 * site's zone.
 */
public record PeakWindow(List<DayOfWeek> days, LocalTime start, LocalTime end) {

    public PeakWindow {
        days = List.copyOf(days);
    }
}
