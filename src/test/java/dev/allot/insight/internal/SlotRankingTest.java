package dev.allot.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookedTime;
import dev.allot.space.DailyHours;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotRankingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    private static final OpeningHours WEEKDAYS = new OpeningHours(
            java.util.stream.Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY).map(d -> new DailyHours(d, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList());
    private static final Double[] NO_HISTORY = new Double[168];

    private static ResourceView room(long id, int capacity) {
        return new ResourceView(new ResourceId(id), ResourceKind.ROOM, "Room " + id, capacity, Set.of(), null, null, true,
                false, new SiteId(1), "HQ", BERLIN, null, null, LONG_AGO, LONG_AGO);
    }

    private static BookedTime held(LocalDate day, int fromHour, int toHour) {
        return new BookedTime(day.atTime(fromHour, 0).atZone(BERLIN).toInstant(),
                day.atTime(toHour, 0).atZone(BERLIN).toInstant());
    }

    @Test
    void the_room_that_fits_best_comes_first_and_a_too_small_room_never_appears() {
        var ranked = SlotRanking.rank(List.of(room(1, 20), room(2, 6), room(3, 4)), 6, Duration.ofHours(1), MONDAY,
                MONDAY, BERLIN, WEEKDAYS, Map.of(), NO_HISTORY, LONG_AGO, 10);

        assertThat(ranked).extracting(c -> c.room().id().value()).containsExactly(2L, 1L);
        assertThat(ranked.getFirst().start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void a_busy_time_is_never_suggested() {
        ResourceView only = room(1, 6);
        // held 9-12 and 12:30-17: the only free hour-long gap is none; 30 minutes 12:00-12:30 fits
        var busy = Map.of(only.id(), List.of(held(MONDAY, 9, 12), new BookedTime(
                MONDAY.atTime(12, 30).atZone(BERLIN).toInstant(), MONDAY.atTime(17, 0).atZone(BERLIN).toInstant())));

        assertThat(SlotRanking.rank(List.of(only), 2, Duration.ofHours(1), MONDAY, MONDAY, BERLIN, WEEKDAYS, busy,
                NO_HISTORY, LONG_AGO, 10)).isEmpty();
        var half = SlotRanking.rank(List.of(only), 2, Duration.ofMinutes(30), MONDAY, MONDAY, BERLIN, WEEKDAYS, busy,
                NO_HISTORY, LONG_AGO, 10);
        assertThat(half).singleElement().satisfies(c -> assertThat(c.start().toLocalTime()).isEqualTo(LocalTime.NOON));
    }

    @Test
    void a_usually_quiet_hour_wins_over_a_usually_crowded_one() {
        Double[] shares = new Double[168];
        Arrays.fill(shares, 0, 24, 0.9); // Mondays crowded all day...
        shares[15] = 0.1;                 // ...but 15:00-16:00
        var ranked = SlotRanking.rank(List.of(room(1, 6)), 6, Duration.ofHours(1), MONDAY, MONDAY, BERLIN, WEEKDAYS,
                Map.of(), shares, LONG_AGO, 10);

        assertThat(ranked).singleElement().satisfies(c -> {
            assertThat(c.start().toLocalTime()).isEqualTo(LocalTime.of(15, 0));
            assertThat(c.usualShare()).isEqualTo(0.1);
        });
    }

    @Test
    void among_times_quiet_enough_the_earlier_start_wins_over_an_emptier_evening() {
        Double[] shares = new Double[168];
        Arrays.fill(shares, 0, 24, 0.05); // Monday evenings nearly empty...
        shares[9] = 0.3;                  // ...09:00 calm enough
        shares[10] = 0.95;                // 10:00 full
        var ranked = SlotRanking.rank(List.of(room(1, 6)), 6, Duration.ofHours(1), MONDAY, MONDAY, BERLIN, WEEKDAYS,
                Map.of(), shares, LONG_AGO, 10);

        assertThat(ranked).singleElement().satisfies(c -> assertThat(c.start().toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        assertThat(SlotRanking.quietness(0.3)).isEqualTo(1);
        assertThat(SlotRanking.quietness(0.675)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SlotRanking.quietness(1)).isZero();
    }

    @Test
    void a_slot_across_two_hours_weighs_each_by_its_minutes() {
        Double[] shares = new Double[168];
        shares[9] = 0.8;
        shares[10] = 0.2;
        ZonedDateTime start = MONDAY.atTime(9, 30).atZone(BERLIN);

        assertThat(SlotRanking.usualShare(shares, start, start.plusMinutes(90))).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SlotRanking.usualShare(NO_HISTORY, start, start.plusHours(1))).isNull();
    }

    @Test
    void closed_days_and_times_before_now_are_left_out() {
        LocalDate saturday = MONDAY.plusDays(5);
        Instant mondayAfternoon = MONDAY.atTime(14, 10).atZone(BERLIN).toInstant();

        var ranked = SlotRanking.rank(List.of(room(1, 4)), 2, Duration.ofHours(2), MONDAY, saturday.plusDays(1), BERLIN,
                WEEKDAYS, Map.of(), NO_HISTORY, mondayAfternoon, 20);

        assertThat(ranked).extracting(c -> c.start().toLocalDate())
                .containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4));
        assertThat(ranked.getFirst().start().toLocalTime()).isEqualTo(LocalTime.of(14, 30));
        assertThat(ranked.getFirst().end().toLocalTime()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void on_the_daylight_saving_day_starts_are_wall_clock_times_and_meetings_last_as_asked() {
        LocalDate springForward = LocalDate.of(2026, 3, 29); // a Sunday: 02:00 becomes 03:00 in Berlin
        var ranked = SlotRanking.rank(List.of(room(1, 4)), 2, Duration.ofHours(1), springForward, springForward, BERLIN,
                OpeningHours.ALWAYS, Map.of(), NO_HISTORY, LONG_AGO, 5);

        assertThat(ranked).singleElement().satisfies(c -> {
            assertThat(c.start().toLocalTime()).isEqualTo(SlotRanking.ALWAYS_OPEN_FROM);
            assertThat(c.start().getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
            assertThat(Duration.between(c.start(), c.end())).isEqualTo(Duration.ofHours(1));
        });
    }
}
