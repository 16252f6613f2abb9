package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Recurring bookings (issue 18): changing part of a series, deciding on a whole series, one message for
 * a series, and the series in the calendar feed. The application's clock stands at Monday 1 March 2027.
 */
class SeriesChangesIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @BeforeEach
    void firstOfMarch2027() {
        clock().set(Instant.parse("2027-03-01T07:00:00Z"));
    }

    @Test
    void changing_all_moves_every_occurrence_to_the_new_time_and_refuses_cleanly_when_one_would_collide() {
        long room = room(6);
        User booker = member();
        JsonNode created = bookSeries(booker, room, "2027-03-15", 8);
        // somebody holds 10:30 on the sixth Monday
        assertThat(as(member()).post("/api/v1/bookings", single(room, "2027-04-19", "10:30", "11:00")).status())
                .isEqualTo(201);
        long third = occurrence(created, 2);

        Api.Response refused = as(booker).put("/api/v1/bookings/" + third, change("2027-03-29", "10:00", "11:00", "ALL"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("series-conflicts");
        assertThat(refused.json().get("conflicts").size()).isEqualTo(1);
        assertThat(refused.json().get("conflicts").get(0).get("day").asString()).isEqualTo("2027-04-19");
        assertThat(times(booker, created)).containsOnly("09:00");

        Api.Response moved = as(booker).put("/api/v1/bookings/" + third, change("2027-03-29", "08:00", "08:45", "ALL"));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(times(booker, created)).hasSize(8).containsOnly("08:00");
        JsonNode series = as(booker).get("/api/v1/series/" + created.get("seriesId").asLong()).json();
        assertThat(series.get("startTime").asString()).isEqualTo("08:00");
        assertThat(series.get("endTime").asString()).isEqualTo("08:45");
    }

    @Test
    void changing_this_and_following_from_the_fifth_splits_the_series_and_leaves_the_first_four_as_they_were() {
        long room = room(6);
        User booker = member();
        JsonNode created = bookSeries(booker, room, "2027-03-15", 10);
        long fifth = occurrence(created, 4);

        Api.Response moved = as(booker).put("/api/v1/bookings/" + fifth,
                change("2027-04-12", "14:00", "15:00", "FOLLOWING"));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        long split = moved.json().get("seriesId").asLong();
        assertThat(split).isNotEqualTo(created.get("seriesId").asLong());
        JsonNode before = as(booker).get("/api/v1/series/" + created.get("seriesId").asLong()).json();
        JsonNode after = as(booker).get("/api/v1/series/" + split).json();
        assertThat(before.get("bookings").size()).isEqualTo(4);
        assertThat(before.get("rule").asString()).isEqualTo("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=20270411");
        assertThat(localTimes(before)).containsOnly("09:00");
        assertThat(after.get("bookings").size()).isEqualTo(6);
        assertThat(after.get("rule").asString()).isEqualTo("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=6");
        assertThat(localTimes(after)).containsOnly("14:00");
        assertThat(after.get("firstDay").asString()).isEqualTo("2027-04-12");
    }

    @Test
    void a_change_of_following_occurrences_keeps_each_on_its_day() {
        long room = room(6);
        User booker = member();
        JsonNode created = bookSeries(booker, room, "2027-03-15", 4);

        Api.Response refused = as(booker).put("/api/v1/bookings/" + occurrence(created, 1),
                change("2027-03-23", "09:00", "10:00", "FOLLOWING"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("startsAt");
        assertThat(times(booker, created)).containsOnly("09:00");
    }

    @Test
    void an_admin_approves_a_whole_series_at_once_and_the_booker_hears_of_it_once() {
        long room = resource(site(ZONE), "ROOM", 6, true);
        User booker = member();
        JsonNode created = bookSeries(booker, room, "2027-03-15", 6);
        assertThat(statuses(booker, created)).containsOnly("PENDING");

        Api.Response approved = as(admin()).post("/api/v1/bookings/" + occurrence(created, 0) + "/approve",
                Map.of("scope", "ALL"));

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(statuses(booker, created)).hasSize(6).containsOnly("CONFIRMED");
        List<JsonNode> news = notifications(booker, "booking-approved");
        assertThat(news).hasSize(1);
        assertThat(news.getFirst().get("body").asString()).contains("every week on Monday, 6 times")
                .contains("6 occurrences");
    }

    @Test
    void an_admin_rejects_the_following_occurrences_with_one_reason() {
        long room = resource(site(ZONE), "ROOM", 6, true);
        User booker = member();
        JsonNode created = bookSeries(booker, room, "2027-03-15", 5);

        Api.Response rejected = as(admin()).post("/api/v1/bookings/" + occurrence(created, 2) + "/reject",
                Map.of("reason", "The room is being painted", "scope", "FOLLOWING"));

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(statuses(booker, created)).containsExactly("PENDING", "PENDING", "REJECTED", "REJECTED", "REJECTED");
        List<JsonNode> news = notifications(booker, "booking-rejected");
        assertThat(news).hasSize(1);
        assertThat(news.getFirst().get("body").asString()).contains("3 occurrences").contains("painted");
    }

    @Test
    void an_admin_who_cancels_a_members_series_tells_them_once() {
        long room = room(6);
        User booker = member();
        JsonNode created = bookSeries(booker, room, "2027-03-15", 7);

        Api.Response cancelled = as(admin()).post("/api/v1/bookings/" + occurrence(created, 0) + "/cancel",
                Map.of("reason", "Board meeting all spring", "scope", "ALL"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        List<JsonNode> news = notifications(booker, "booking-cancelled");
        assertThat(news).hasSize(1);
        assertThat(news.getFirst().get("body").asString()).contains("7 occurrences").contains("Board meeting");
    }

    @Test
    void the_feed_shows_a_series_as_one_event_with_its_rule_a_cancelled_day_left_out_and_a_moved_one_as_an_exception()
            throws Exception {
        long room = room(6);
        User booker = member();
        JsonNode created = bookSeries(booker, room, "2027-03-15", 6);
        assertThat(as(booker).post("/api/v1/bookings/" + occurrence(created, 1) + "/cancel", Map.of()).status())
                .isEqualTo(200);
        Api.Response moved = as(booker).put("/api/v1/bookings/" + occurrence(created, 3),
                change("2027-04-06", "15:00", "16:00", "THIS")); // Monday the 5th moves to Tuesday afternoon
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        Api.Response feed = anonymous().get(URI.create(as(booker).get("/api/v1/me/calendar-feed").json().get("url")
                .asString()).getRawPath());

        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent series = events.stream().filter(event -> event.getProperty(Property.RRULE).isPresent()).findFirst()
                .orElseThrow();
        VEvent exception = events.stream().filter(event -> event.getProperty(Property.RECURRENCE_ID).isPresent())
                .findFirst().orElseThrow();
        assertThat(value(series, Property.UID)).isEqualTo(value(exception, Property.UID)).startsWith("series-");
        assertThat(value(series, Property.RRULE).split(";")).containsExactlyInAnyOrder("FREQ=WEEKLY", "INTERVAL=1",
                "BYDAY=MO", "COUNT=6");
        assertThat(feed.body()).contains("EXDATE;TZID=Europe/Berlin:20270322T090000")
                .contains("RECURRENCE-ID;TZID=Europe/Berlin:20270405T090000");

        // what a calendar app shows: the rule's days less the cancelled one, and the moved one at its new time
        Period<ZonedDateTime> spring = new Period<>(ZonedDateTime.parse("2027-03-01T00:00:00+01:00[Europe/Berlin]"),
                ZonedDateTime.parse("2027-06-01T00:00:00+02:00[Europe/Berlin]"));
        Set<String> shown = new TreeSet<>();
        for (Period<Temporal> occurrence : series.<Temporal>calculateRecurrenceSet(spring)) {
            shown.add(ZonedDateTime.from(occurrence.getStart()).withZoneSameInstant(ZoneId.of(ZONE)).toLocalDateTime()
                    .toString());
        }
        assertThat(shown).containsExactly("2027-03-15T09:00", "2027-03-29T09:00", "2027-04-05T09:00",
                "2027-04-12T09:00", "2027-04-19T09:00");
        ZonedDateTime movedStart = ZonedDateTime.from(exception.getDateTimeStart().getDate());
        assertThat(movedStart.withZoneSameInstant(ZoneId.of(ZONE)).toLocalDateTime().toString())
                .isEqualTo("2027-04-06T15:00");
    }

    private JsonNode bookSeries(User booker, long room, String first, int count) {
        Map<String, Object> body = single(room, first, "09:00", "10:00");
        body.put("repeat", Map.of("frequency", "WEEKLY", "count", count));
        body.put("onConflict", "FAIL");
        Api.Response created = as(booker).post("/api/v1/bookings", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static Map<String, Object> single(long room, String day, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("resourceId", room);
        body.put("startsAt", local(day, from).toString());
        body.put("endsAt", local(day, to).toString());
        body.put("title", "Stand-up");
        body.put("attendees", 1);
        return body;
    }

    private static Map<String, Object> change(String day, String from, String to, String scope) {
        return Map.of("startsAt", local(day, from).toString(), "endsAt", local(day, to).toString(), "scope", scope);
    }

    private static OffsetDateTime local(String day, String time) {
        return LocalDate.parse(day).atTime(LocalTime.parse(time)).atZone(ZoneId.of(ZONE)).toOffsetDateTime();
    }

    private static long occurrence(JsonNode created, int index) {
        return created.get("bookings").get(index).get("id").asLong();
    }

    private List<String> times(User reader, JsonNode created) {
        return localTimes(as(reader).get("/api/v1/series/" + created.get("seriesId").asLong()).json());
    }

    private static List<String> localTimes(JsonNode series) {
        List<String> times = new ArrayList<>();
        series.get("bookings").forEach(booking -> times.add(OffsetDateTime.parse(booking.get("startsAt").asString())
                .atZoneSameInstant(ZoneId.of(ZONE)).toLocalTime().toString()));
        return times;
    }

    private List<String> statuses(User reader, JsonNode created) {
        List<String> statuses = new ArrayList<>();
        as(reader).get("/api/v1/series/" + created.get("seriesId").asLong()).json().get("bookings")
                .forEach(booking -> statuses.add(booking.get("status").asString()));
        return statuses;
    }

    private List<JsonNode> notifications(User user, String kind) {
        List<JsonNode> found = new ArrayList<>();
        as(user).get("/api/v1/notifications?size=100").json().get("items").forEach(item -> {
            if (item.get("kind").asString().equals(kind)) {
                found.add(item);
            }
        });
        return found;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
