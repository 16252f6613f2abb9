package dev.allot.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.demo.internal.DeskDayPlanner.Act;
import dev.allot.demo.internal.DeskDayPlanner.Answer;
import dev.allot.demo.internal.DeskDayPlanner.AssignFixed;
import dev.allot.demo.internal.DeskDayPlanner.Book;
import dev.allot.demo.internal.DeskDayPlanner.Join;
import dev.allot.demo.internal.DeskDayPlanner.Release;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeskDayPlannerTest {

    /** A Wednesday morning: the horizon holds two Mondays and two Fridays. */
    private static final Instant NOW = Instant.parse("2026-03-04T07:17:00Z");
    private static final DemoProperties DEFAULTS = new DemoProperties(3, 40, 200, 30, 300, 6, 4, 42, 5000, true,
            "allot-demo", DemoProperties.DeskLife.DEFAULT);
    private static final OfficePlan PLAN = OfficePlanner.plan(DEFAULTS);

    private static List<Act> plan(long seed) {
        return new DeskDayPlanner(PLAN, seed, NOW, 14, DEFAULTS.deskLife()).plan();
    }

    @Test
    void nobody_gets_two_desks_a_day_and_no_desk_is_booked_twice_a_day_and_only_working_days_within_the_horizon() {
        Set<String> people = new HashSet<>();
        Set<String> desks = new HashSet<>();
        Set<String> present = new HashSet<>();
        LocalDate today = LocalDate.of(2026, 3, 4);
        for (Act act : plan(42)) {
            if (act instanceof Book book) {
                assertThat(desks.add(book.desk() + "@" + book.day())).as(book.toString()).isTrue();
                if (book.guest() == null) {
                    assertThat(people.add(book.person() + "@" + book.day())).as(book.toString()).isTrue();
                }
                assertThat(book.day()).isBetween(today, today.plusDays(14));
                assertThat(book.day().getDayOfWeek().getValue()).isLessThan(6);
            } else if (act instanceof Join join && join.guest() == null) {
                assertThat(present.add(join.person() + "@" + join.day())).as(join.toString()).isTrue();
            }
        }
        assertThat(present).doesNotContainAnyElementsOf(people);
    }

    @Test
    void the_next_working_day_is_full_at_the_first_site_with_a_line_a_release_and_one_no() {
        LocalDate tomorrow = LocalDate.of(2026, 3, 5);
        List<Act> acts = plan(42);
        int deskCount = (int) PLAN.resources().stream()
                .filter(r -> r.kind() == dev.allot.space.ResourceKind.DESK && r.site() == 0).count();
        long fixed = acts.stream().filter(a -> a instanceof AssignFixed f && PLAN.resources().get(f.desk()).site() == 0)
                .count();
        long booked = acts.stream().filter(a -> a instanceof Book b && b.day().equals(tomorrow)
                && PLAN.resources().get(b.desk()).site() == 0).count();
        List<Join> waiting = acts.stream().filter(a -> a instanceof Join j && j.day().equals(tomorrow) && j.site() == 0
                && j.waitForDesk()).map(Join.class::cast).toList();

        assertThat(booked).as("every desk but the released fixed one").isEqualTo(deskCount - 1);
        assertThat(fixed).isPositive();
        assertThat(waiting).hasSizeGreaterThanOrEqualTo(3);
        assertThat(waiting.getFirst().person()).as("the demo member is first in line").isZero();
        assertThat(acts).filteredOn(a -> a instanceof Release r && r.day().equals(tomorrow)).hasSize(1);
        assertThat(acts).filteredOn(a -> a instanceof Answer answer && !answer.coming()).hasSize(2);
        assertThat(acts).filteredOn(a -> a instanceof Answer answer && answer.coming()).hasSizeGreaterThan(10);
        assertThat(acts).filteredOn(a -> a instanceof Book b && b.guest() != null).isNotEmpty();
        assertThat(acts).filteredOn(a -> a instanceof Join j && !j.waitForDesk()).isNotEmpty();
    }

    @Test
    void the_coming_monday_is_busier_than_the_coming_friday_and_the_same_seed_gives_the_same_plan() {
        List<Act> acts = plan(42);
        long monday = acts.stream().filter(a -> a instanceof Book b && b.day().equals(LocalDate.of(2026, 3, 9)))
                .count();
        long friday = acts.stream().filter(a -> a instanceof Book b && b.day().equals(LocalDate.of(2026, 3, 6)))
                .count();
        assertThat(monday).isGreaterThan(friday * 3 / 2);
        assertThat(plan(42)).isEqualTo(acts);
        assertThat(plan(43)).isNotEqualTo(acts);
    }
}
