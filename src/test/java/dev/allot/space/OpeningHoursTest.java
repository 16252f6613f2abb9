package dev.allot.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final OpeningHours mondays = new OpeningHours(List.of(
            new DailyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))));

    private static ZonedDateTime ny(int day, int hour) {
        return LocalDateTime.of(2027, 11, day, hour, 0).atZone(NEW_YORK);
    }

    @Test
    void no_days_means_open_around_the_clock() {
        assertThat(OpeningHours.ALWAYS.covers(ny(6, 23), ny(7, 5))).isTrue();
    }

    @Test
    void a_booking_from_opening_to_closing_is_covered() {
        assertThat(mondays.covers(ny(1, 9), ny(1, 17))).isTrue();
    }

    @Test
    void a_booking_spilling_into_the_next_day_is_not_covered() {
        OpeningHours allDay = new OpeningHours(List.of(
                new DailyHours(DayOfWeek.MONDAY, LocalTime.MIN, LocalTime.MAX),
                new DailyHours(DayOfWeek.TUESDAY, LocalTime.MIN, LocalTime.MAX)));
        assertThat(allDay.covers(ny(1, 22), ny(2, 1))).isFalse();
    }

    @Test
    void on_the_day_clocks_fall_back_hours_stay_wall_clock_hours() {
        // 7 November 2027: New York goes back from EDT to EST at 02:00; Sunday
        OpeningHours sundays = new OpeningHours(List.of(
                new DailyHours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(3, 0))));
        assertThat(sundays.covers(ny(7, 1), ny(7, 3))).isTrue();
        assertThat(ny(7, 3).toInstant().getEpochSecond() - ny(7, 1).toInstant().getEpochSecond()).isEqualTo(3 * 3600);
    }
}
