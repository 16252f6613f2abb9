package dev.allot.insight;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Weekday x hour in the site's zone: 168 cells, Monday 0:00 first, hours within a day in order. */
public record Heatmap(InsightScope scope, Period period, ZoneId timeZone, int resources, List<HeatmapCell> cells) {

    public Heatmap {
        cells = List.copyOf(cells);
    }

    public HeatmapCell cell(DayOfWeek day, int hour) {
        return cells.get((day.getValue() - 1) * 24 + hour);
    }

    public @Nullable Double share(DayOfWeek day, int hour) {
        return cell(day, hour).share();
    }
}
