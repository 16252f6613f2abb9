package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalSlotTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void a_slot_is_read_in_the_sites_zone() {
        LocalSlot slot = new LocalSlot(LocalDate.of(2027, 1, 12), LocalTime.of(9, 0), LocalTime.of(10, 30));

        assertThat(slot.startsAt(BERLIN)).isEqualTo(Instant.parse("2027-01-12T08:00:00Z"));
        assertThat(slot.endsAt(BERLIN)).isEqualTo(Instant.parse("2027-01-12T09:30:00Z"));
    }

    @Test
    void a_time_skipped_by_daylight_saving_moves_forward() {
        // 28 March 2027: Berlin's clocks jump from 02:00 to 03:00
        LocalSlot slot = new LocalSlot(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30), LocalTime.of(4, 0));

        assertThat(slot.startIn(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(Duration.between(slot.startsAt(BERLIN), slot.endsAt(BERLIN))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void an_end_of_midnight_after_a_later_start_is_the_midnight_ending_the_day() {
        LocalSlot evening = new LocalSlot(LocalDate.of(2027, 1, 12), LocalTime.of(22, 0), LocalTime.MIDNIGHT);

        assertThat(evening.endsAt(BERLIN)).isEqualTo(Instant.parse("2027-01-12T23:00:00Z"));
        assertThat(new LocalSlot(LocalDate.of(2027, 1, 12), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).endsAt(BERLIN))
                .isEqualTo(Instant.parse("2027-01-11T23:00:00Z"));
    }

    @Test
    void a_day_is_bounded_by_local_midnights_and_is_23_hours_long_when_clocks_go_forward() {
        SiteDay day = new SiteDay(LocalDate.of(2027, 3, 28), BERLIN);

        assertThat(day.start()).isEqualTo(Instant.parse("2027-03-27T23:00:00Z"));
        assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(23));
    }
}
