package dev.allot.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookingStatus;
import dev.allot.space.ResourceKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** How one booking splits into local hours and days, on ordinary, half-hour and daylight-saving days. */
class TallyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long MINUTE = 60_000;

    @Test
    void the_fall_back_night_counts_the_repeated_hour_twice_as_two_rows_of_hour_two() {
        LocalDate night = LocalDate.of(2026, 10, 25); // 03:00 CEST becomes 02:00 CET
        long start = ZonedDateTime.of(night, LocalTime.of(1, 0), BERLIN).toInstant().toEpochMilli();
        long end = ZonedDateTime.of(night, LocalTime.of(4, 0), BERLIN).toInstant().toEpochMilli(); // four real hours
        Tally tally = new Tally();

        tally.add(stay(BERLIN, start, end, BookingStatus.CONFIRMED, null));

        assertThat(tally.hours).hasSize(4);
        assertThat(tally.hours.values()).extracting(hour -> hour.localHour).containsExactlyInAnyOrder(1, 2, 2, 3);
        assertThat(tally.hours.values()).allSatisfy(hour -> assertThat(hour.bookedMs).isEqualTo(60 * MINUTE));
        Tally.Day day = tally.days.get(new Tally.DayKey(7, (int) night.toEpochDay()));
        assertThat(day.bookedMs).isEqualTo(4 * 60 * MINUTE);
        assertThat(day.confirmed).isEqualTo(1);
    }

    @Test
    void a_half_hour_zone_buckets_by_its_own_local_hours() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        long start = ZonedDateTime.of(2026, 5, 5, 9, 15, 0, 0, kolkata).toInstant().toEpochMilli();
        Tally tally = new Tally();

        tally.add(stay(kolkata, start, start + 90 * MINUTE, BookingStatus.PENDING, null));

        assertThat(tally.hours).hasSize(2);
        Tally.HourKey nine = new Tally.HourKey(7, ZonedDateTime.of(2026, 5, 5, 9, 0, 0, 0, kolkata).toInstant().toEpochMilli());
        assertThat(nine.hourStart() % (60 * MINUTE)).as("09:00 IST is :30 UTC").isEqualTo(30 * MINUTE);
        assertThat(tally.hours.get(nine).bookedMs).isEqualTo(45 * MINUTE);
        assertThat(tally.hours.get(nine).localHour).isEqualTo(9);
    }

    @Test
    void used_time_runs_from_the_check_in_and_only_active_bookings_hold_time() {
        long start = ZonedDateTime.of(2026, 5, 4, 9, 0, 0, 0, ZoneOffset.UTC).toInstant().toEpochMilli();
        Tally tally = new Tally();

        tally.add(stay(ZoneOffset.UTC, start, start + 120 * MINUTE, BookingStatus.CONFIRMED, start + 30 * MINUTE));
        tally.add(stay(ZoneOffset.UTC, start + 180 * MINUTE, start + 240 * MINUTE, BookingStatus.CANCELLED, null));

        long used = tally.hours.values().stream().mapToLong(hour -> hour.usedMs).sum();
        long booked = tally.hours.values().stream().mapToLong(hour -> hour.bookedMs).sum();
        assertThat(used).isEqualTo(90 * MINUTE);
        assertThat(booked).isEqualTo(120 * MINUTE);
        Tally.Day day = tally.days.values().iterator().next();
        assertThat(day.checkedIn).isEqualTo(1);
        assertThat(day.cancelled).isEqualTo(1);
    }

    @Test
    void taking_a_booking_out_again_leaves_nothing() {
        long start = ZonedDateTime.of(2026, 3, 29, 1, 30, 0, 0, BERLIN).toInstant().toEpochMilli(); // spring forward
        Stay stay = stay(BERLIN, start, start + 150 * MINUTE, BookingStatus.CONFIRMED, start);
        Tally tally = new Tally();

        tally.add(stay);
        tally.remove(stay);

        assertThat(tally.isEmpty()).isTrue();
    }

    private static Stay stay(ZoneId zone, long start, long end, BookingStatus status, Long checkedIn) {
        return new Stay(1, 7, 3, ResourceKind.ROOM, zone, start, end, status, checkedIn);
    }
}
