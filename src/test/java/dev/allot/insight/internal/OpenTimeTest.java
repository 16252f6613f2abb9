package dev.allot.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.insight.Period;
import dev.allot.space.DailyHours;
import dev.allot.space.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open time per weekday and hour: real hours of the period, cut to wall-clock opening hours. */
class OpenTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long HOUR = 3_600_000;

    @Test
    void a_week_open_around_the_clock_with_a_spring_forward_sunday_has_167_hours() {
        Period week = new Period(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 29));

        long[] open = OpenTime.byWeekdayHour(OpeningHours.ALWAYS, BERLIN, week);

        assertThat(Arrays.stream(open).sum()).isEqualTo(167 * HOUR);
        assertThat(open[(7 - 1) * 24 + 2]).as("Sunday 02:00 does not exist").isZero();
    }

    @Test
    void a_fall_back_sunday_has_hour_two_twice() {
        Period sunday = new Period(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25));

        long[] open = OpenTime.byWeekdayHour(OpeningHours.ALWAYS, BERLIN, sunday);

        assertThat(Arrays.stream(open).sum()).isEqualTo(25 * HOUR);
        assertThat(open[(7 - 1) * 24 + 2]).isEqualTo(2 * HOUR);
    }

    @Test
    void opening_hours_are_wall_clock_and_half_hours_count_as_half() {
        OpeningHours hours = new OpeningHours(List.of(
                new DailyHours(DayOfWeek.SUNDAY, LocalTime.of(1, 30), LocalTime.of(4, 0)),
                new DailyHours(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(17, 0))));
        Period week = new Period(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 29));

        long[] open = OpenTime.byWeekdayHour(hours, BERLIN, week);

        assertThat(open[8]).as("Monday 8:30-9:00").isEqualTo(HOUR / 2);
        assertThat(open[16]).isEqualTo(HOUR);
        assertThat(open[17]).isZero();
        // Sunday 01:30 to 04:00 on the spring-forward day is 1.5 real hours: 01:30-02:00 and 03:00-04:00.
        assertThat(open[6 * 24 + 1] + open[6 * 24 + 2] + open[6 * 24 + 3]).isEqualTo(HOUR + HOUR / 2);
        assertThat(OpenTime.byDay(hours, BERLIN, week)).containsExactly(
                8 * HOUR + HOUR / 2, 0, 0, 0, 0, 0, HOUR + HOUR / 2);
    }
}
