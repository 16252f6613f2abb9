package dev.allot.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookingStatus;
import dev.allot.space.ResourceKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOfficePlanTest {

    /** A Wednesday in March: the history crosses the winter, the future both daylight-saving changes. */
    private static final Instant NOW = Instant.parse("2026-03-04T11:17:00Z");
    private static final DemoProperties DEFAULTS = new DemoProperties(3, 40, 200, 30, 300, 6, 4, 42, 5000, true,
            "allot-demo",
            DemoProperties.DeskLife.DEFAULT);

    private OfficePlan plan;
    private List<BookingPlanner.Planned> bookings;

    @BeforeAll
    void planTheDefaultOffice() {
        plan = OfficePlanner.plan(DEFAULTS);
        bookings = new ArrayList<>();
        new BookingPlanner(plan, DEFAULTS.seed(), NOW).plan(6, 4, bookings::add);
    }

    @Test
    void the_default_office_has_three_sites_in_different_zones_with_the_promised_resources_and_people() {
        assertThat(plan.sites()).hasSize(3);
        assertThat(plan.sites().stream().map(OfficePlan.Site::zone).distinct()).hasSize(3);
        assertThat(plan.rooms()).isEqualTo(40);
        assertThat(plan.desks()).isEqualTo(200);
        assertThat(plan.equipment()).isEqualTo(30);
        assertThat(plan.people()).hasSize(300);
        assertThat(plan.people().stream().map(OfficePlan.Person::email).distinct()).hasSize(300);
        assertThat(plan.people().getFirst().email()).isEqualTo(OfficePlanner.MEMBER_EMAIL);
        assertThat(plan.people().stream().map(OfficePlan.Person::locale).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("en", "ru");
        assertThat(plan.people().stream().filter(p -> p.locale().equals("ru")).map(OfficePlan.Person::displayName))
                .allMatch(name -> name.matches("[А-ЯЁа-яё]+ [А-ЯЁа-яё-]+"));
        assertThat(plan.people().stream().map(OfficePlan.Person::email))
                .allMatch(email -> email.matches("[a-z0-9.]+@allot-demo\\.example"));
        for (OfficePlan.Site site : plan.sites()) {
            assertThat(plan.resources().stream().filter(r -> r.site() == site.index())).isNotEmpty();
            assertThat(plan.people().stream().filter(p -> p.site() == site.index())).isNotEmpty();
        }
    }

    @Test
    void rooms_vary_in_capacity_layout_and_equipment_and_equipment_is_monitors_and_projectors() {
        List<OfficePlan.Resource> rooms = of(ResourceKind.ROOM);
        assertThat(rooms.stream().map(OfficePlan.Resource::capacity).distinct().count()).isGreaterThanOrEqualTo(6);
        assertThat(rooms.stream().map(OfficePlan.Resource::layout).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(rooms.stream().flatMap(r -> r.amenities().stream()).collect(Collectors.toSet()))
                .contains("projector", "screen", "whiteboard", "video-conference", "window");
        assertThat(of(ResourceKind.EQUIPMENT).stream().map(OfficePlan.Resource::amenities).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Set.of("monitor"), Set.of("projector"));
        assertThat(of(ResourceKind.DESK)).allMatch(desk -> desk.capacity() == 1);
    }

    @Test
    void sizes_scale_with_the_properties() {
        OfficePlan large = OfficePlanner.plan(new DemoProperties(8, 900, 8000, 1100, 5000, 1, 1, 7, 5000, false, "x",
            DemoProperties.DeskLife.DEFAULT));
        assertThat(large.sites()).hasSize(8);
        assertThat(large.rooms()).isEqualTo(900);
        assertThat(large.desks()).isEqualTo(8000);
        assertThat(large.equipment()).isEqualTo(1100);
        assertThat(large.people()).hasSize(5000);
        assertThat(large.sites().stream().map(OfficePlan.Site::name).distinct()).hasSize(8);
        assertThat(large.people().stream().map(OfficePlan.Person::email).distinct()).hasSize(5000);
    }

    @Test
    void bookings_cover_six_months_back_and_four_weeks_ahead_on_weekdays_within_opening_hours() {
        assertThat(bookings).hasSizeGreaterThan(20_000);
        Instant first = bookings.stream().map(BookingPlanner.Planned::startsAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = bookings.stream().map(BookingPlanner.Planned::startsAt).max(Comparator.naturalOrder()).orElseThrow();
        assertThat(Duration.between(first, NOW).toDays()).isBetween(175L, 185L);
        assertThat(Duration.between(NOW, last).toDays()).isBetween(24L, 28L);
        for (BookingPlanner.Planned b : bookings) {
            OfficePlan.Resource resource = plan.resources().get(b.resource());
            var zone = plan.sites().get(resource.site()).zone();
            assertThat(BookingPlanner.HOURS.covers(b.startsAt().atZone(zone), b.endsAt().atZone(zone)))
                    .as("%s in %s", b, zone).isTrue();
            assertThat(b.attendees()).isBetween(1, resource.capacity());
            assertThat(plan.people().get(b.person()).site()).isEqualTo(resource.site());
        }
    }

    @Test
    void no_two_active_bookings_of_one_resource_overlap() {
        Map<Integer, List<BookingPlanner.Planned>> byResource = bookings.stream()
                .filter(b -> b.status().active())
                .collect(Collectors.groupingBy(BookingPlanner.Planned::resource));
        byResource.values().forEach(list -> {
            list.sort(Comparator.comparing(BookingPlanner.Planned::startsAt));
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i).startsAt()).isAfterOrEqualTo(list.get(i - 1).endsAt());
            }
        });
    }

    @Test
    void monday_and_tuesday_mornings_are_much_busier_than_friday_afternoons() {
        double mondayTuesdayMornings = roomHours(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 9, 12) / 2;
        double fridayAfternoons = roomHours(Set.of(DayOfWeek.FRIDAY), 14, 17);
        assertThat(mondayTuesdayMornings).isGreaterThan(2.5 * fridayAfternoons);
    }

    @Test
    void large_rooms_are_booked_more_than_small_ones() {
        Map<Integer, Double> hours = new HashMap<>();
        bookings.stream().filter(b -> b.status() == BookingStatus.CONFIRMED).forEach(b ->
                hours.merge(b.resource(), Duration.between(b.startsAt(), b.endsAt()).toMinutes() / 60.0, Double::sum));
        double large = average(hours, r -> r.capacity() >= 10);
        double small = average(hours, r -> r.capacity() <= 4);
        assertThat(large).isGreaterThan(1.2 * small);
    }

    @Test
    void some_bookings_are_cancelled_most_past_ones_are_checked_in_and_some_are_no_shows() {
        List<BookingPlanner.Planned> past = bookings.stream().filter(b -> b.endsAt().isBefore(NOW)).toList();
        List<BookingPlanner.Planned> future = bookings.stream().filter(b -> b.startsAt().isAfter(NOW)).toList();
        double cancelled = share(past, b -> b.status() == BookingStatus.CANCELLED);
        assertThat(cancelled).isBetween(0.04, 0.1);
        List<BookingPlanner.Planned> confirmed = past.stream().filter(b -> b.status() == BookingStatus.CONFIRMED).toList();
        double checkedIn = share(confirmed, b -> b.checkedInAt() != null);
        assertThat(checkedIn).isBetween(0.75, 0.95);
        assertThat(confirmed.stream().filter(b -> b.checkedInAt() == null)).hasSizeGreaterThan(500);
        assertThat(future).allMatch(b -> b.checkedInAt() == null);
        assertThat(future.stream().filter(b -> b.status() == BookingStatus.CANCELLED)).isNotEmpty();
        assertThat(bookings.stream().filter(b -> b.status() == BookingStatus.PENDING))
                .isNotEmpty().allMatch(b -> b.startsAt().isAfter(NOW));
        assertThat(bookings.stream().filter(b -> b.checkedInAt() != null)).allMatch(b ->
                b.status() == BookingStatus.CONFIRMED && !b.checkedInAt().isAfter(NOW)
                        && !b.checkedInAt().isBefore(b.startsAt().minus(Duration.ofMinutes(15)))
                        && b.checkedInAt().isBefore(b.endsAt()));
    }

    @Test
    void the_same_seed_gives_the_same_office_and_another_seed_another() {
        assertThat(OfficePlanner.plan(DEFAULTS)).isEqualTo(plan);
        List<BookingPlanner.Planned> again = new ArrayList<>();
        new BookingPlanner(OfficePlanner.plan(DEFAULTS), DEFAULTS.seed(), NOW).plan(6, 4, again::add);
        assertThat(again).isEqualTo(bookings);

        DemoProperties other = new DemoProperties(3, 40, 200, 30, 300, 6, 4, 43, 5000, true, "allot-demo",
            DemoProperties.DeskLife.DEFAULT);
        OfficePlan otherPlan = OfficePlanner.plan(other);
        assertThat(otherPlan.people()).isNotEqualTo(plan.people());
        List<BookingPlanner.Planned> otherBookings = new ArrayList<>();
        new BookingPlanner(otherPlan, other.seed(), NOW).plan(6, 4, otherBookings::add);
        assertThat(otherBookings.subList(0, 100)).isNotEqualTo(bookings.subList(0, 100));
    }

    private List<OfficePlan.Resource> of(ResourceKind kind) {
        return plan.resources().stream().filter(r -> r.kind() == kind).toList();
    }

    /** Booked room hours (confirmed) in [fromHour, toHour) local time on the given weekdays, over all sites. */
    private double roomHours(Set<DayOfWeek> days, int fromHour, int toHour) {
        double minutes = 0;
        for (BookingPlanner.Planned b : bookings) {
            OfficePlan.Resource resource = plan.resources().get(b.resource());
            if (resource.kind() != ResourceKind.ROOM || b.status() != BookingStatus.CONFIRMED) {
                continue;
            }
            var zone = plan.sites().get(resource.site()).zone();
            ZonedDateTime start = b.startsAt().atZone(zone);
            if (!days.contains(start.getDayOfWeek())) {
                continue;
            }
            ZonedDateTime windowStart = start.toLocalDate().atTime(fromHour, 0).atZone(zone);
            ZonedDateTime windowEnd = start.toLocalDate().atTime(toHour, 0).atZone(zone);
            Instant from = max(b.startsAt(), windowStart.toInstant());
            Instant to = min(b.endsAt(), windowEnd.toInstant());
            if (to.isAfter(from)) {
                minutes += Duration.between(from, to).toMinutes();
            }
        }
        return minutes / 60;
    }

    private double average(Map<Integer, Double> hours, java.util.function.Predicate<OfficePlan.Resource> which) {
        return plan.resources().stream().filter(r -> r.kind() == ResourceKind.ROOM).filter(which)
                .mapToDouble(r -> hours.getOrDefault(r.index(), 0.0)).average().orElseThrow();
    }

    private static double share(List<BookingPlanner.Planned> list, java.util.function.Predicate<BookingPlanner.Planned> p) {
        return list.stream().filter(p).count() / (double) list.size();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
