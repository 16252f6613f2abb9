package dev.allot.insight.internal;

import dev.allot.insight.BestTimes;
import dev.allot.insight.Heatmap;
import dev.allot.insight.HeatmapCell;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds runs of neighbouring open hours on one weekday that are all crowded (share at least
 * {@link BestTimes#CROWDED}) or all quiet (at most {@link BestTimes#QUIET}). A run's share is its
 * booked hours over its open hours, so a long run is judged as a whole.
 */
final class BestTimesFinder {

    record Run(DayOfWeek day, int fromHour, int toHour, double booked, double available) {

        double share() {
            return booked / available;
        }

        int length() {
            return toHour - fromHour;
        }
    }

    private BestTimesFinder() {}

    static List<Run> crowded(Heatmap heatmap) {
        return runs(heatmap, true).stream()
                .sorted(Comparator.comparingDouble(Run::share).reversed().thenComparing(Run::length,
                        Comparator.reverseOrder()))
                .limit(BestTimes.LIMIT)
                .toList();
    }

    static List<Run> quiet(Heatmap heatmap) {
        return runs(heatmap, false).stream()
                .sorted(Comparator.comparingDouble(Run::share).thenComparing(Run::length, Comparator.reverseOrder()))
                .limit(BestTimes.LIMIT)
                .toList();
    }

    private static List<Run> runs(Heatmap heatmap, boolean crowded) {
        List<Run> runs = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            Run run = null;
            for (int hour = 0; hour < 24; hour++) {
                HeatmapCell cell = heatmap.cell(day, hour);
                Double share = cell.share();
                boolean fits = share != null && (crowded ? share >= BestTimes.CROWDED : share <= BestTimes.QUIET);
                if (fits) {
                    run = run == null
                            ? new Run(day, hour, hour + 1, cell.bookedHours(), cell.availableHours())
                            : new Run(day, run.fromHour(), hour + 1, run.booked() + cell.bookedHours(),
                                    run.available() + cell.availableHours());
                } else if (run != null) {
                    runs.add(run);
                    run = null;
                }
            }
            if (run != null) {
                runs.add(run);
            }
        }
        return runs;
    }
}
