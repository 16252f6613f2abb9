package dev.allot.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.insight.Heatmap;
import dev.allot.insight.HeatmapCell;
import dev.allot.insight.InsightScope;
import dev.allot.insight.Period;
import dev.allot.space.SiteId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crowded and quiet runs are judged as runs, busiest and quietest first, and closed hours break them. */
class BestTimesFinderTest {

    @Test
    void neighbouring_hours_on_the_same_side_make_one_run_and_closed_hours_are_never_free() {
        // Open 9-17 on weekdays; Monday 9-12 full, Monday 12 at 70 %, Friday 15-17 at 10 %, the rest at 45 %.
        Heatmap heatmap = heatmap((day, hour) -> {
            if (day.getValue() > 5 || hour < 9 || hour >= 17) {
                return null;
            }
            if (day == DayOfWeek.MONDAY && hour < 12) {
                return 1.0;
            }
            if (day == DayOfWeek.MONDAY && hour == 12) {
                return 0.7;
            }
            return day == DayOfWeek.FRIDAY && hour >= 15 ? 0.1 : 0.45;
        });

        List<BestTimesFinder.Run> crowded = BestTimesFinder.crowded(heatmap);
        List<BestTimesFinder.Run> quiet = BestTimesFinder.quiet(heatmap);

        assertThat(crowded).hasSize(1);
        assertThat(crowded.getFirst().day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(crowded.getFirst().fromHour()).isEqualTo(9);
        assertThat(crowded.getFirst().toHour()).isEqualTo(13);
        assertThat(crowded.getFirst().share()).isEqualTo((3 + 0.7) / 4);
        assertThat(quiet).singleElement().satisfies(run -> {
            assertThat(run.day()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(run.fromHour()).isEqualTo(15);
            assertThat(run.toHour()).isEqualTo(17);
        });
    }

    interface Shares {
        Double at(DayOfWeek day, int hour);
    }

    private static Heatmap heatmap(Shares shares) {
        List<HeatmapCell> cells = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                Double share = shares.at(day, hour);
                cells.add(share == null ? new HeatmapCell(day, hour, 0, 0, null) : new HeatmapCell(day, hour, share, 1, share));
            }
        }
        return new Heatmap(InsightScope.site(new SiteId(1)), new Period(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 10)),
                ZoneOffset.UTC, 1, cells);
    }
}
