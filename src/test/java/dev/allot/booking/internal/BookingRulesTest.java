package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.platform.RuleViolation;
import dev.allot.space.DailyHours;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Thursday morning in Berlin, long before the daylight-saving change below. */
    private static final Instant NOW = ZonedDateTime.of(2027, 3, 18, 8, 0, 0, 0, BERLIN).toInstant();

    private final BookingRules rules = new BookingRules(new BookingRulesProperties(
            new BookingRulesProperties.Limits(Duration.ofMinutes(15), Duration.ofHours(12), Duration.ofDays(180)),
            new BookingRulesProperties.Limits(Duration.ofHours(1), Duration.ofHours(24), Duration.ofDays(14)),
            new BookingRulesProperties.Limits(Duration.ofMinutes(15), Duration.ofDays(7), Duration.ofDays(90))));

    private static ResourceView resource(ResourceKind kind, int capacity, boolean active) {
        return new ResourceView(new ResourceId(1), kind, "Spree", capacity, Set.of(), null, null, active, false,
                new SiteId(1), "Berlin HQ", BERLIN, null, null, NOW, NOW);
    }

    private static Instant berlin(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN).toInstant();
    }

    private List<String> broken(ResourceView resource, OpeningHours hours, Instant start, Instant end, int attendees) {
        return rules.check(new BookingRequest(resource, hours, start, end, attendees, NOW)).stream()
                .map(RuleViolation::rule)
                .toList();
    }

    private List<String> broken(Instant start, Instant end) {
        return broken(resource(ResourceKind.ROOM, 8, true), OpeningHours.ALWAYS, start, end, 2);
    }

    @Test
    void a_room_booked_tomorrow_for_an_hour_breaks_no_rule() {
        assertThat(broken(berlin(2027, 3, 19, 9, 0), berlin(2027, 3, 19, 10, 0))).isEmpty();
    }

    @Test
    void a_booking_must_end_after_it_starts() {
        Instant start = berlin(2027, 3, 19, 9, 0);
        assertThat(broken(start, start)).containsExactly("ends-after-start");
        assertThat(broken(start, start.minusSeconds(60))).containsExactly("ends-after-start");
    }

    @Test
    void a_booking_cannot_start_in_the_past_beyond_a_minute_of_grace() {
        assertThat(broken(NOW.minusSeconds(30), NOW.plusSeconds(3600))).isEmpty();
        assertThat(broken(NOW.minusSeconds(3600), NOW.plusSeconds(3600))).containsExactly("not-in-past");
    }

    @Test
    void attendees_may_fill_but_not_exceed_the_capacity() {
        Instant start = berlin(2027, 3, 19, 9, 0);
        ResourceView room = resource(ResourceKind.ROOM, 8, true);
        assertThat(broken(room, OpeningHours.ALWAYS, start, start.plusSeconds(3600), 8)).isEmpty();
        assertThat(broken(room, OpeningHours.ALWAYS, start, start.plusSeconds(3600), 9)).containsExactly("capacity");
    }

    @Test
    void an_inactive_resource_cannot_be_booked() {
        Instant start = berlin(2027, 3, 19, 9, 0);
        assertThat(broken(resource(ResourceKind.ROOM, 8, false), OpeningHours.ALWAYS, start, start.plusSeconds(3600), 1))
                .containsExactly("resource-inactive");
    }

    @Test
    void durations_are_limited_per_kind_of_resource() {
        Instant start = berlin(2027, 3, 19, 9, 0);
        assertThat(broken(start, start.plus(Duration.ofMinutes(10)))).containsExactly("min-duration");
        assertThat(broken(start, start.plus(Duration.ofHours(13)))).containsExactly("max-duration");
        ResourceView desk = resource(ResourceKind.DESK, 1, true);
        assertThat(broken(desk, OpeningHours.ALWAYS, start, start.plus(Duration.ofMinutes(30)), 1))
                .containsExactly("min-duration");
        assertThat(broken(desk, OpeningHours.ALWAYS, start, start.plus(Duration.ofHours(9)), 1)).isEmpty();
    }

    @Test
    void desks_can_be_booked_up_to_fourteen_days_ahead_in_the_sites_calendar() {
        ResourceView desk = resource(ResourceKind.DESK, 1, true);
        Instant lastDay = berlin(2027, 4, 1, 9, 0); // 18 March + 14 days
        Instant dayAfter = berlin(2027, 4, 2, 9, 0);
        assertThat(broken(desk, OpeningHours.ALWAYS, lastDay, lastDay.plus(Duration.ofHours(8)), 1)).isEmpty();
        assertThat(broken(desk, OpeningHours.ALWAYS, dayAfter, dayAfter.plus(Duration.ofHours(8)), 1))
                .containsExactly("horizon");
    }

    @Test
    void every_broken_rule_is_reported_not_just_the_first() {
        Instant past = NOW.minus(Duration.ofDays(1));
        assertThat(broken(resource(ResourceKind.ROOM, 2, true), OpeningHours.ALWAYS, past, past.plusSeconds(600), 5))
                .containsExactlyInAnyOrder("not-in-past", "capacity", "min-duration");
    }

    @Nested
    class OpeningHoursOfTheSite {

        private final OpeningHours weekdays = new OpeningHours(List.of(
                new DailyHours(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(18, 0)),
                new DailyHours(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(20, 0))));
        private final ResourceView room = resource(ResourceKind.ROOM, 8, true);

        @Test
        void a_booking_inside_the_hours_of_its_day_is_allowed() {
            assertThat(broken(room, weekdays, berlin(2027, 3, 19, 8, 0), berlin(2027, 3, 19, 18, 0), 1)).isEmpty();
        }

        @Test
        void a_booking_before_opening_or_after_closing_is_refused() {
            assertThat(broken(room, weekdays, berlin(2027, 3, 19, 7, 30), berlin(2027, 3, 19, 9, 0), 1))
                    .containsExactly("opening-hours");
            assertThat(broken(room, weekdays, berlin(2027, 3, 19, 17, 30), berlin(2027, 3, 19, 18, 30), 1))
                    .containsExactly("opening-hours");
        }

        @Test
        void a_booking_on_a_closed_day_is_refused() {
            assertThat(broken(room, weekdays, berlin(2027, 3, 20, 9, 0), berlin(2027, 3, 20, 10, 0), 1))
                    .containsExactly("opening-hours");
        }
    }

    @Nested
    class DaylightSavingDay {

        /** On Sunday 28 March 2027 Berlin's clocks jump from 02:00 to 03:00 (CET to CEST). */
        private final OpeningHours sundays = new OpeningHours(List.of(
                new DailyHours(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(20, 0))));
        private final ResourceView room = resource(ResourceKind.ROOM, 8, true);

        @Test
        void a_booking_on_the_change_day_keeps_its_wall_clock_times() {
            Instant start = berlin(2027, 3, 28, 9, 0);
            Instant end = berlin(2027, 3, 28, 10, 0);

            assertThat(broken(room, sundays, start, end, 1)).isEmpty();
            assertThat(start.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(start.atZone(BERLIN).getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
            assertThat(start).isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));
            // the Sunday before, in winter time, the same wall-clock hour is an hour later in UTC
            assertThat(berlin(2027, 3, 21, 9, 0)).isEqualTo(Instant.parse("2027-03-21T08:00:00Z"));
        }

        @Test
        void opening_hours_are_wall_clock_hours_even_when_the_day_is_23_hours_long() {
            // 08:00-20:00 local is only 12 real hours; a booking across the whole day fits.
            assertThat(broken(room, sundays, berlin(2027, 3, 28, 8, 0), berlin(2027, 3, 28, 20, 0), 1)).isEmpty();
            assertThat(broken(room, sundays, berlin(2027, 3, 28, 7, 45), berlin(2027, 3, 28, 9, 0), 1))
                    .containsExactly("opening-hours");
        }

        @Test
        void durations_count_real_time_across_the_missing_hour() {
            // 01:30 to 03:30 local spans the skipped hour: one real hour, within limits; 13 wall hours
            // from 01:00 to 14:00 are only 12 real hours, so the 12-hour maximum holds.
            assertThat(broken(berlin(2027, 3, 28, 1, 30), berlin(2027, 3, 28, 3, 30))).isEmpty();
            assertThat(Duration.between(berlin(2027, 3, 28, 1, 30), berlin(2027, 3, 28, 3, 30)))
                    .isEqualTo(Duration.ofHours(1));
            assertThat(broken(berlin(2027, 3, 28, 1, 0), berlin(2027, 3, 28, 14, 0))).isEmpty();
        }
    }
}
