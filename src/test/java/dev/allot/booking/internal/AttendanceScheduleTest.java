package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The question and the deadline of a desk day, on the site's wall clock, across daylight-saving changes. */
class AttendanceScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AttendanceSchedule DEFAULT = new AttendanceSchedule(LocalTime.of(16, 0), 1, LocalTime.of(10, 0));

    @Test
    void the_day_after_summer_time_ends_is_asked_in_summer_time_and_released_in_winter_time() {
        LocalDate sunday = LocalDate.of(2027, 10, 31);

        assertThat(DEFAULT.askAt(sunday, BERLIN)).isEqualTo(Instant.parse("2027-10-30T14:00:00Z"));
        assertThat(DEFAULT.releaseAt(sunday, BERLIN)).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
    }

    @Test
    void the_day_after_summer_time_starts_is_asked_in_winter_time_and_released_in_summer_time() {
        LocalDate sunday = LocalDate.of(2027, 3, 28);

        assertThat(DEFAULT.askAt(sunday, BERLIN)).isEqualTo(Instant.parse("2027-03-27T15:00:00Z"));
        assertThat(DEFAULT.releaseAt(sunday, BERLIN)).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
    }

    @Test
    void a_question_time_skipped_by_the_change_moves_forward() {
        AttendanceSchedule atHalfPastTwo = new AttendanceSchedule(LocalTime.of(2, 30), 0, LocalTime.of(10, 0));

        assertThat(atHalfPastTwo.askAt(LocalDate.of(2027, 3, 28), BERLIN))
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z")); // 03:30 CEST
    }

    @Test
    void the_day_of_a_booking_is_its_start_in_the_sites_zone() {
        assertThat(AttendanceSchedule.day(Instant.parse("2027-10-30T23:30:00Z"), BERLIN))
                .isEqualTo(LocalDate.of(2027, 10, 31));
        assertThat(AttendanceSchedule.day(Instant.parse("2027-10-30T23:30:00Z"), ZoneId.of("UTC")))
                .isEqualTo(LocalDate.of(2027, 10, 30));
    }

    @Test
    void two_days_before_counts_back_on_the_calendar() {
        AttendanceSchedule twoDays = new AttendanceSchedule(LocalTime.of(16, 0), 2, LocalTime.of(9, 0));

        assertThat(twoDays.askAt(LocalDate.of(2027, 11, 1), BERLIN)).isEqualTo(Instant.parse("2027-10-30T14:00:00Z"));
    }
}
