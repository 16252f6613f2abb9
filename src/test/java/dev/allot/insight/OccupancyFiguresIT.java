package dev.allot.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Utilisation and heatmap figures against sums worked out by hand: local hours in the site's zone,
 * a daylight-saving week, a half-hour zone, opening hours, and bookings that move and go.
 */
class OccupancyFiguresIT extends AllotIntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Autowired
    MeterRegistry meters;

    /**
     * A Wednesday in January 2030: the weeks these tests book (up to nine weeks ahead, three back) hold
     * no daylight-saving change unless a test picks one, whatever today's date. In the future, so that
     * no reminder of these bookings falls due during a test (db-scheduler keeps real time).
     */
    @BeforeEach
    void todayIsAWinterWednesday() {
        clock().set(Instant.parse("2030-01-09T10:00:00Z"));
    }

    @Test
    void a_daylight_saving_week_counts_its_23_hour_sunday_and_buckets_by_local_hour() {
        // The Monday-to-Sunday week whose Sunday is the next spring-forward day in Berlin (31 March 2030).
        LocalDate sunday = nextSpringForward();
        LocalDate monday = sunday.minusDays(6);
        long room = resource(site(BERLIN.getId()), "ROOM", 6);
        User member = member();

        book(member, room, at(BERLIN, monday, 9, 0), at(BERLIN, monday, 11, 0));              // 2 h
        book(member, room, at(BERLIN, monday.plusDays(2), 9, 30), at(BERLIN, monday.plusDays(2), 10, 15)); // 0.75 h
        // 01:00 CET to 04:00 CEST on the change day: two real hours, the 02:00 hour does not exist.
        book(member, room, at(BERLIN, sunday, 1, 0), at(BERLIN, sunday, 4, 0));

        JsonNode utilisation = get(admin(), "/api/v1/insights/utilisation?resourceId=" + room + "&from=" + monday
                + "&to=" + sunday);
        assertThat(utilisation.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(utilisation.get("bookedHours").asDouble()).isCloseTo(4.75, within(1e-9));
        assertThat(utilisation.get("availableHours").asDouble()).isCloseTo(167, within(1e-9)); // 7 x 24 - 1
        assertThat(utilisation.get("utilisation").asDouble()).isCloseTo(4.75 / 167, within(1e-9));
        assertThat(utilisation.get("usedShare").isNull()).isTrue();

        JsonNode heatmap = get(admin(), "/api/v1/insights/heatmap?resourceId=" + room + "&from=" + monday + "&to=" + sunday);
        assertThat(heatmap.get("cells")).hasSize(168);
        assertThat(share(heatmap, DayOfWeek.MONDAY, 9)).isEqualTo(1.0);
        assertThat(share(heatmap, DayOfWeek.MONDAY, 10)).isEqualTo(1.0);
        assertThat(share(heatmap, DayOfWeek.MONDAY, 11)).isEqualTo(0.0);
        assertThat(share(heatmap, DayOfWeek.WEDNESDAY, 9)).isEqualTo(0.5);
        assertThat(share(heatmap, DayOfWeek.WEDNESDAY, 10)).isEqualTo(0.25);
        assertThat(share(heatmap, DayOfWeek.SUNDAY, 1)).isEqualTo(1.0);
        assertThat(cell(heatmap, DayOfWeek.SUNDAY, 2).get("share").isNull()).as("02:00 does not exist that day").isTrue();
        assertThat(cell(heatmap, DayOfWeek.SUNDAY, 2).get("availableHours").asDouble()).isEqualTo(0.0);
        assertThat(share(heatmap, DayOfWeek.SUNDAY, 3)).isEqualTo(1.0);
        JsonNode daily = get(admin(), "/api/v1/insights/daily?resourceId=" + room + "&from=" + monday + "&to=" + sunday);
        assertThat(daily).hasSize(7);
        assertThat(daily.get(0).get("day").asString()).isEqualTo(monday.toString());
        assertThat(daily.get(0).get("bookedHours").asDouble()).isEqualTo(2.0);
        assertThat(daily.get(0).get("confirmed").asInt()).isEqualTo(1);
        assertThat(daily.get(6).get("availableHours").asDouble()).as("the short Sunday").isEqualTo(23.0);
        assertThat(daily.get(6).get("bookedHours").asDouble()).isEqualTo(2.0);
        double bookedCells = 0;
        for (JsonNode cell : heatmap.get("cells")) {
            bookedCells += cell.get("bookedHours").asDouble();
        }
        assertThat(bookedCells).isCloseTo(4.75, within(1e-9));
    }

    @Test
    void a_half_hour_zone_with_opening_hours_counts_local_hours_and_open_time_only() {
        LocalDate monday = LocalDate.now(clock().withZone(KOLKATA)).plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<Map<String, String>> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
                .map(day -> Map.of("day", day.name(), "opens", "09:00", "closes", "17:00"))
                .toList();
        long site = site(KOLKATA.getId(), weekdays);
        long roomA = resource(site, "ROOM", 6);
        long roomB = resource(site, "ROOM", 10);
        User member = member();
        LocalDate tuesday = monday.plusDays(1);

        book(member, roomA, at(KOLKATA, tuesday, 9, 0), at(KOLKATA, tuesday, 12, 0));
        book(member, roomB, at(KOLKATA, tuesday, 10, 30), at(KOLKATA, tuesday, 11, 0));

        String query = "?siteId=" + site + "&from=" + monday + "&to=" + sunday;
        JsonNode utilisation = get(admin(), "/api/v1/insights/utilisation" + query);
        assertThat(utilisation.get("resources").asInt()).isEqualTo(2);
        assertThat(utilisation.get("availableHours").asDouble()).isEqualTo(80.0); // 5 days x 8 h x 2 rooms
        assertThat(utilisation.get("bookedHours").asDouble()).isEqualTo(3.5);
        assertThat(utilisation.get("utilisation").asDouble()).isCloseTo(3.5 / 80, within(1e-9));

        JsonNode heatmap = get(admin(), "/api/v1/insights/heatmap" + query);
        assertThat(share(heatmap, DayOfWeek.TUESDAY, 9)).isEqualTo(0.5);   // A for the hour, B not
        assertThat(share(heatmap, DayOfWeek.TUESDAY, 10)).isEqualTo(0.75); // A 1 h + B 0.5 h of 2 h
        assertThat(share(heatmap, DayOfWeek.TUESDAY, 11)).isEqualTo(0.5);
        assertThat(share(heatmap, DayOfWeek.TUESDAY, 12)).isEqualTo(0.0);
        assertThat(share(heatmap, DayOfWeek.MONDAY, 9)).isEqualTo(0.0);
        assertThat(cell(heatmap, DayOfWeek.MONDAY, 8).get("share").isNull()).as("closed before nine").isTrue();
        assertThat(cell(heatmap, DayOfWeek.SATURDAY, 10).get("share").isNull()).as("closed on Saturday").isTrue();

        JsonNode rooms = get(admin(), "/api/v1/insights/heatmap" + query + "&minCapacity=8");
        assertThat(rooms.get("resources").asInt()).isEqualTo(1);
        assertThat(share(rooms, DayOfWeek.TUESDAY, 10)).isEqualTo(0.5);
    }

    @Test
    void a_moved_booking_moves_its_hours_and_a_cancelled_one_leaves_none() {
        LocalDate monday = LocalDate.now(clock().withZone(BERLIN)).plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long room = resource(site(BERLIN.getId()), "ROOM", 6);
        User member = member();
        long id = book(member, room, at(BERLIN, monday, 9, 0), at(BERLIN, monday, 10, 0));
        String query = "/api/v1/insights/heatmap?resourceId=" + room + "&from=" + monday + "&to=" + monday.plusDays(6);

        Api.Response moved = as(member).put("/api/v1/bookings/" + id, Map.of("startsAt",
                at(BERLIN, monday.plusDays(1), 14, 0).toString(), "endsAt", at(BERLIN, monday.plusDays(1), 16, 0).toString(),
                "title", "Moved", "attendees", 2));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonNode afterMove = get(admin(), query);
        assertThat(share(afterMove, DayOfWeek.MONDAY, 9)).isEqualTo(0.0);
        assertThat(share(afterMove, DayOfWeek.TUESDAY, 14)).isEqualTo(1.0);
        assertThat(share(afterMove, DayOfWeek.TUESDAY, 15)).isEqualTo(1.0);

        Api.Response cancelled = as(member).post("/api/v1/bookings/" + id + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        JsonNode afterCancel = get(admin(), "/api/v1/insights/utilisation?resourceId=" + room + "&from=" + monday
                + "&to=" + monday.plusDays(6));
        assertThat(afterCancel.get("bookedHours").asDouble()).isEqualTo(0.0);
    }

    @Test
    void a_site_that_changes_its_zone_is_counted_again_in_its_new_local_hours() {
        LocalDate monday = LocalDate.now(clock().withZone(BERLIN)).plusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Api.Response created = as(admin()).post("/api/v1/sites", Map.of("name", unique("Moving site"),
                "timeZone", "UTC", "openingHours", List.of()));
        long site = created.json().get("id").asLong();
        long room = resource(site, "ROOM", 6);
        book(member(), room, at(ZoneId.of("UTC"), monday, 9, 0), at(ZoneId.of("UTC"), monday, 10, 0));
        String query = "/api/v1/insights/heatmap?siteId=" + site + "&from=" + monday + "&to=" + monday.plusDays(6);
        assertThat(share(get(admin(), query), DayOfWeek.MONDAY, 9)).isEqualTo(1.0);

        Api.Response moved = as(admin()).put("/api/v1/sites/" + site, Map.of("name", created.json().get("name").asString(),
                "timeZone", KOLKATA.getId(), "openingHours", List.of()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        JsonNode heatmap = get(admin(), query);
        assertThat(heatmap.get("timeZone").asString()).isEqualTo("Asia/Kolkata");
        assertThat(share(heatmap, DayOfWeek.MONDAY, 9)).isEqualTo(0.0);
        assertThat(share(heatmap, DayOfWeek.MONDAY, 14)).isEqualTo(0.5); // 09:00 UTC is 14:30 in Kolkata
        assertThat(share(heatmap, DayOfWeek.MONDAY, 15)).isEqualTo(0.5);
    }

    @Test
    void best_times_say_in_plain_words_which_hours_are_crowded_and_which_are_free() {
        LocalDate monday = LocalDate.now(clock().withZone(BERLIN)).plusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Map<String, String>> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY).stream()
                .map(day -> Map.of("day", day.name(), "opens", "09:00", "closes", "17:00"))
                .toList();
        long site = site(BERLIN.getId(), weekdays);
        long room = resource(site, "ROOM", 6);
        User member = member();
        book(member, room, at(BERLIN, monday, 9, 0), at(BERLIN, monday, 12, 0));
        book(member, room, at(BERLIN, monday, 13, 0), at(BERLIN, monday, 17, 0));
        book(member, room, at(BERLIN, monday.plusDays(1), 15, 0), at(BERLIN, monday.plusDays(1), 16, 0));
        String query = "/api/v1/insights/best-times?siteId=" + site + "&kind=ROOM&from=" + monday + "&to=" + monday.plusDays(6);

        JsonNode english = get(admin(), query);
        assertThat(english.get("crowded").get(0).get("words").asString()).isEqualTo("Monday 13–17 is 100% booked");
        assertThat(english.get("crowded").get(1).get("words").asString()).isEqualTo("Monday 9–12 is 100% booked");
        assertThat(english.get("quiet").get(0).get("words").asString()).isEqualTo("Tuesday 9–15 is 0% booked");
        assertThat(english.get("summary").asString()).startsWith("Usually crowded: Monday 13–17 is 100% booked;");

        Api.Response russian = as(admin()).withHeader("Accept-Language", "ru").get(query);
        assertThat(russian.json().get("crowded").get(1).get("words").asString()).isEqualTo("Понедельник 9–12: занято 100%");
        assertThat(russian.json().get("summary").asString()).startsWith("Обычно занято:");
    }

    @Test
    void the_site_summary_counts_bookings_by_status_and_ranks_rooms() {
        LocalDate monday = LocalDate.now(clock().withZone(BERLIN)).plusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long site = site(BERLIN.getId());
        long busy = resource(site, "ROOM", 6);
        long quiet = resource(site, "ROOM", 4);
        long approval = resource(site, "ROOM", 8, true);
        User member = member();
        book(member, busy, at(BERLIN, monday, 9, 0), at(BERLIN, monday, 17, 0));
        long gone = book(member, busy, at(BERLIN, monday.plusDays(1), 9, 0), at(BERLIN, monday.plusDays(1), 10, 0));
        as(member).post("/api/v1/bookings/" + gone + "/cancel", Map.of());
        book(member, quiet, at(BERLIN, monday, 9, 0), at(BERLIN, monday, 10, 0));
        long rejected = book(member, approval, at(BERLIN, monday, 9, 0), at(BERLIN, monday, 10, 0));
        assertThat(as(admin()).post("/api/v1/bookings/" + rejected + "/reject", Map.of("reason", "Room needed")).status()).isEqualTo(200);
        book(member, approval, at(BERLIN, monday, 11, 0), at(BERLIN, monday, 12, 0)); // stays pending

        JsonNode summary = get(admin(), "/api/v1/insights/sites/" + site + "/summary?from=" + monday + "&to="
                + monday.plusDays(6));
        assertThat(summary.get("active").asInt()).isEqualTo(3);
        assertThat(summary.get("pending").asInt()).isEqualTo(1);
        assertThat(summary.get("confirmed").asInt()).isEqualTo(2);
        assertThat(summary.get("cancelled").asInt()).isEqualTo(1);
        assertThat(summary.get("rejected").asInt()).isEqualTo(1);
        assertThat(summary.get("utilisation").get("bookedHours").asDouble()).isEqualTo(10.0);
        assertThat(summary.get("utilisation").get("availableHours").asDouble()).isEqualTo(3 * 7 * 24.0);
        assertThat(summary.get("busiestRooms").get(0).get("resourceId").asLong()).isEqualTo(busy);
        assertThat(summary.get("emptiestRooms").get(0).get("utilisation").asDouble()).isCloseTo(1 / 168.0, within(1e-9));
        assertThat(summary.get("noShowRate").isNull()).as("nobody checks in here").isTrue();
    }

    @Test
    void imported_history_gives_the_used_share_and_the_no_show_rate_where_people_check_in() {
        LocalDate monday = LocalDate.now(clock().withZone(BERLIN)).minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long site = site(BERLIN.getId());
        long checking = resource(site, "ROOM", 6);
        long never = resource(site, "ROOM", 6);
        User member = member();
        List<Map<String, Object>> rows = List.of(
                imported(checking, member, monday, 9, "CONFIRMED", at(BERLIN, monday, 8, 55)),    // used 2 h
                imported(checking, member, monday, 13, "CONFIRMED", at(BERLIN, monday, 13, 0)),   // used 2 h
                imported(checking, member, monday.plusDays(1), 9, "CONFIRMED", at(BERLIN, monday.plusDays(1), 9, 30)), // 1.5 h
                imported(checking, member, monday.plusDays(2), 9, "CONFIRMED", null),             // no-show
                imported(checking, member, monday.plusDays(3), 9, "CANCELLED", null),
                imported(never, member, monday, 9, "CONFIRMED", null),
                imported(never, member, monday.plusDays(1), 9, "CONFIRMED", null));
        Api.Response done = as(admin()).post("/api/v1/bookings/import", Map.of("bookings", rows));
        assertThat(done.status()).as(done.toString()).isEqualTo(201);

        String period = "?from=" + monday + "&to=" + monday.plusDays(6);
        JsonNode summary = get(admin(), "/api/v1/insights/sites/" + site + "/summary" + period);
        assertThat(summary.get("noShowBase").asInt()).as("confirmed past bookings where check-in is used").isEqualTo(4);
        assertThat(summary.get("noShows").asInt()).isEqualTo(1);
        assertThat(summary.get("noShowRate").asDouble()).isEqualTo(0.25);
        assertThat(summary.get("cancelled").asInt()).isEqualTo(1);
        JsonNode utilisation = summary.get("utilisation");
        assertThat(utilisation.get("bookedHours").asDouble()).isEqualTo(12.0);
        assertThat(utilisation.get("checkInBookedHours").asDouble()).isEqualTo(8.0);
        assertThat(utilisation.get("usedHours").asDouble()).isEqualTo(5.5);
        assertThat(utilisation.get("usedShare").asDouble()).isEqualTo(5.5 / 8);
        JsonNode neverChecks = get(admin(), "/api/v1/insights/utilisation?resourceId=" + never + "&from=" + monday
                + "&to=" + monday.plusDays(6));
        assertThat(neverChecks.get("usedShare").isNull()).isTrue();
    }

    @Test
    void an_import_is_counted_in_one_update_of_the_read_model_and_a_booking_in_one() {
        Timer updates = meters.get("allot.insight.occupancy.update").timer();
        long site = site(BERLIN.getId());
        List<Long> rooms = List.of(resource(site, "ROOM", 8), resource(site, "ROOM", 8));
        User member = member();
        LocalDate first = LocalDate.now(clock().withZone(BERLIN)).minusDays(40);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate day = first.plusDays(i / 2);
            rows.add(imported(rooms.get(i % 2), member, day, 9, i % 10 == 0 ? "CANCELLED" : "CONFIRMED", null));
        }
        long before = updates.count();

        Api.Response done = as(admin()).post("/api/v1/bookings/import", Map.of("bookings", rows));
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        assertThat(updates.count() - before).as("updates for one import of 60 rows").isEqualTo(1);
        LocalDate monday = LocalDate.now(clock().withZone(BERLIN)).plusWeeks(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        book(member, rooms.getFirst(), at(BERLIN, monday, 9, 0), at(BERLIN, monday, 10, 0));
        assertThat(updates.count() - before).as("updates after one more booking").isEqualTo(2);

        JsonNode summary = get(admin(), "/api/v1/insights/sites/" + site + "/summary?from=" + first + "&to="
                + first.plusDays(29));
        assertThat(summary.get("confirmed").asInt()).isEqualTo(54);
        assertThat(summary.get("cancelled").asInt()).isEqualTo(6);
        assertThat(summary.get("utilisation").get("bookedHours").asDouble()).isEqualTo(54 * 2.0);
    }

    private static Map<String, Object> imported(long resource, User booker, LocalDate day, int hour, String status,
            OffsetDateTime checkedIn) {
        Map<String, Object> row = new java.util.HashMap<>(Map.of("resourceId", resource, "bookedBy", booker.id(),
                "startsAt", at(BERLIN, day, hour, 0).toString(), "endsAt", at(BERLIN, day, hour + 2, 0).toString(),
                "title", "History", "attendees", 2, "status", status));
        row.put("checkedInAt", checkedIn == null ? null : checkedIn.toString());
        return row;
    }

    static LocalDate nextSpringForward() {
        Instant after = clock().instant().plusSeconds(2 * 86_400);
        while (true) {
            var transition = BERLIN.getRules().nextTransition(after);
            if (transition.isGap()) {
                return transition.getInstant().atZone(BERLIN).toLocalDate();
            }
            after = transition.getInstant();
        }
    }

    static OffsetDateTime at(ZoneId zone, LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toOffsetDateTime();
    }

    private long book(User user, long resource, OffsetDateTime start, OffsetDateTime end) {
        Api.Response booked = as(user).post("/api/v1/bookings", booking(resource, start, end));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.json().get("id").asLong();
    }

    private JsonNode get(User user, String path) {
        Api.Response response = as(user).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode cell(JsonNode heatmap, DayOfWeek day, int hour) {
        JsonNode cell = heatmap.get("cells").get((day.getValue() - 1) * 24 + hour);
        assertThat(cell.get("day").asString()).isEqualTo(day.name());
        assertThat(cell.get("hour").asInt()).isEqualTo(hour);
        return cell;
    }

    private static double share(JsonNode heatmap, DayOfWeek day, int hour) {
        return cell(heatmap, day, hour).get("share").asDouble();
    }
}
