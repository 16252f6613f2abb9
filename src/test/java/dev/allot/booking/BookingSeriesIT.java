package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Recurring bookings (issue 18), first step: a series booked over the API, expanded in the site's zone,
 * every occurrence judged as a single booking is. The application's clock stands at Monday 1 March
 * 2027; Berlin moves its clocks on 28 March and 31 October 2027.
 */
class BookingSeriesIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @BeforeEach
    void firstOfMarch2027() {
        clock().set(Instant.parse("2027-03-01T07:00:00Z"));
    }

    @Test
    void a_weekly_series_across_both_daylight_saving_changes_stays_at_nine_in_berlin() {
        long room = room(6);

        Api.Response created = as(member()).post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "WEEKLY", "count", 35), "FAIL"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode bookings = created.json().get("bookings");
        assertThat(bookings.size()).isEqualTo(35);
        List<String> offsets = new ArrayList<>();
        for (JsonNode booking : bookings) {
            OffsetDateTime start = OffsetDateTime.parse(booking.get("startsAt").asString());
            assertThat(start.atZoneSameInstant(ZoneId.of(ZONE)).toLocalTime().toString()).isEqualTo("09:00");
            assertThat(start.getDayOfWeek().name()).isEqualTo("MONDAY");
            assertThat(booking.get("seriesId").asLong()).isEqualTo(created.json().get("seriesId").asLong());
            offsets.add(start.getOffset().toString());
        }
        assertThat(offsets.getFirst()).isEqualTo("+01:00");
        assertThat(offsets).contains("+02:00");
        assertThat(offsets.getLast()).isEqualTo("+01:00");
        assertThat(created.json().get("rule").asString()).isEqualTo("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=35");
        JsonNode read = as(member()).get("/api/v1/series/" + created.json().get("seriesId").asLong()).json();
        assertThat(read.get("bookings").size()).isEqualTo(35);
        assertThat(read.get("startTime").asString()).isEqualTo("09:00");
    }

    @Test
    void a_taken_occurrence_is_listed_and_fail_books_nothing_while_skip_books_the_others() {
        long room = room(6);
        User someone = member();
        Map<String, Object> single = new HashMap<>(booking(room, OffsetDateTime.parse("2027-03-29T09:30:00+02:00"),
                OffsetDateTime.parse("2027-03-29T10:30:00+02:00")));
        long taken = as(someone).post("/api/v1/bookings", single).json().get("id").asLong();
        User booker = member();
        Map<String, Object> weekly = Map.of("frequency", "WEEKLY", "count", 10);

        Api.Response failed = as(booker).post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00", weekly, "FAIL"));
        long heldAfterFail = as(admin()).get("/api/v1/bookings?resourceId=" + room + "&all=true").json().get("total").asLong();
        Api.Response skipped = as(booker).post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00", weekly, "SKIP"));

        assertThat(failed.status()).as(failed.toString()).isEqualTo(409);
        assertThat(failed.json().get("type").asString()).endsWith("/series-conflicts");
        assertThat(failed.json().get("conflicts").size()).isEqualTo(1);
        assertThat(failed.json().get("conflicts").get(0).get("day").asString()).isEqualTo("2027-03-29");
        assertThat(failed.json().get("conflicts").get(0).get("reason").asString()).isEqualTo("booking-overlap");
        assertThat(failed.json().get("conflicts").get(0).get("bookingId").asLong()).isEqualTo(taken);
        assertThat(failed.json().get("conflicts").get(0).get("heldBy").asString()).isEqualTo("Member " + someone.email());
        assertThat(heldAfterFail).as("FAIL booked nothing").isEqualTo(1);
        assertThat(skipped.status()).as(skipped.toString()).isEqualTo(201);
        assertThat(skipped.json().get("bookings").size()).isEqualTo(9);
        assertThat(skipped.json().get("skipped").size()).isEqualTo(1);
        assertThat(skipped.json().get("skipped").get(0).get("day").asString()).isEqualTo("2027-03-29");
        assertThat(skipped.json().get("skipped").get(0).get("heldBy").asString()).isEqualTo("Member " + someone.email());
    }

    @Test
    void occurrences_past_the_kinds_horizon_break_its_rule_one_by_one() {
        long projector = resource(site(ZONE), "EQUIPMENT", 1);

        Api.Response created = as(member()).post("/api/v1/bookings", series(projector, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "WEEKLY", "count", 20), "SKIP"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        int booked = created.json().get("bookings").size();
        JsonNode skipped = created.json().get("skipped");
        assertThat(booked + skipped.size()).isEqualTo(20);
        assertThat(skipped.size()).isPositive();
        for (JsonNode occurrence : skipped) {
            assertThat(occurrence.get("reason").asString()).isEqualTo("horizon");
            assertThat(LocalDate.parse(occurrence.get("day").asString())).isAfter(LocalDate.of(2027, 5, 29));
        }
    }

    @Test
    void monthly_on_the_second_tuesday_and_every_other_day_until_a_date() {
        long room = room(4);
        User booker = member();

        Api.Response monthly = as(booker).post("/api/v1/bookings", series(room, "2027-03-09", "14:00", "15:00",
                Map.of("frequency", "MONTHLY", "weekOfMonth", 2, "byDay", List.of("TUESDAY"), "count", 3), "FAIL"));
        Api.Response daily = as(booker).post("/api/v1/bookings", series(room, "2027-03-15", "08:00", "08:30",
                Map.of("frequency", "DAILY", "interval", 2, "until", "2027-03-21"), "FAIL"));

        assertThat(days(monthly)).containsExactly("2027-03-09", "2027-04-13", "2027-05-11");
        assertThat(days(daily)).containsExactly("2027-03-15", "2027-03-17", "2027-03-19", "2027-03-21");
    }

    @Test
    void a_repeat_that_does_not_fit_is_a_400_naming_its_field() {
        long room = room(4);
        Api member = as(member());

        assertField(member.post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "WEEKLY"), "FAIL")), "repeat.count");
        assertField(member.post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "WEEKLY", "count", 101), "FAIL")), "repeat.count");
        assertField(member.post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "DAILY", "count", 3, "byDay", List.of("MONDAY")), "FAIL")), "repeat.byDay");
        assertField(member.post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "WEEKLY", "count", 3, "byDay", List.of("FRIDAY")), "FAIL")), "repeat.byDay");
        assertField(member.post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "HOURLY", "count", 3), "FAIL")), "repeat.frequency");
    }

    @Test
    void two_series_that_collide_on_one_occurrence_booked_at_once_never_both_hold_it() {
        long room = room(4);
        User first = member();
        User second = member();
        Map<String, Object> weekly = series(room, "2027-03-15", "09:00", "10:00", Map.of("frequency", "WEEKLY", "count", 5), "FAIL");
        Map<String, Object> daily = series(room, "2027-03-22", "09:30", "10:30", Map.of("frequency", "DAILY", "count", 5), "FAIL");

        CompletableFuture<Api.Response> a = CompletableFuture.supplyAsync(() -> as(first).post("/api/v1/bookings", weekly));
        CompletableFuture<Api.Response> b = CompletableFuture.supplyAsync(() -> as(second).post("/api/v1/bookings", daily));
        List<Integer> statuses = List.of(a.join().status(), b.join().status());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        JsonNode held = as(admin()).get("/api/v1/bookings?resourceId=" + room + "&all=true&size=100").json().get("items");
        List<long[]> times = new ArrayList<>();
        held.forEach(booking -> times.add(new long[] {
                OffsetDateTime.parse(booking.get("startsAt").asString()).toInstant().toEpochMilli(),
                OffsetDateTime.parse(booking.get("endsAt").asString()).toInstant().toEpochMilli()}));
        for (int i = 0; i < times.size(); i++) {
            for (int j = i + 1; j < times.size(); j++) {
                assertThat(times.get(i)[0] < times.get(j)[1] && times.get(j)[0] < times.get(i)[1])
                        .as("bookings %d and %d overlap", i, j).isFalse();
            }
        }
    }

    @Test
    void cancelling_this_and_following_from_the_fifth_of_ten_leaves_four_and_this_alone_leaves_nine() {
        long room = room(6);
        User booker = member();
        JsonNode created = as(booker).post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "WEEKLY", "count", 10), "FAIL")).json();
        JsonNode second = as(booker).post("/api/v1/bookings", series(room, "2027-03-16", "09:00", "10:00",
                Map.of("frequency", "WEEKLY", "count", 10), "FAIL")).json();
        long fifth = created.get("bookings").get(4).get("id").asLong();

        Api.Response following = as(booker).post("/api/v1/bookings/" + fifth + "/cancel", Map.of("scope", "FOLLOWING"));
        Api.Response one = as(booker).post("/api/v1/bookings/" + second.get("bookings").get(2).get("id").asLong()
                + "/cancel", Map.of("scope", "THIS"));

        assertThat(following.status()).as(following.toString()).isEqualTo(200);
        assertThat(one.status()).isEqualTo(200);
        assertThat(activeDays(booker, created)).containsExactly("2027-03-15", "2027-03-22", "2027-03-29", "2027-04-05");
        assertThat(activeDays(booker, second)).hasSize(9).doesNotContain("2027-03-30");
    }

    @Test
    void cancelling_all_leaves_the_occurrences_that_have_begun_as_they_were() {
        long room = room(6);
        User booker = member();
        JsonNode created = as(booker).post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "WEEKLY", "count", 6), "FAIL")).json();
        clock().set(Instant.parse("2027-03-29T07:30:00Z")); // the third has begun (09:30 in Berlin, summer time)
        User later = signIn(booker.email(), PASSWORD); // a token lives 12 hours on the application's clock
        long fifth = created.get("bookings").get(4).get("id").asLong();

        Api.Response all = as(later).post("/api/v1/bookings/" + fifth + "/cancel", Map.of("scope", "ALL"));

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(activeDays(later, created)).containsExactly("2027-03-15", "2027-03-22", "2027-03-29");
    }

    @Test
    void reports_and_their_export_count_each_occurrence_as_a_booking() {
        long room = room(6);
        User booker = member();
        JsonNode created = as(booker).post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "WEEKLY", "count", 4), "FAIL")).json();
        as(booker).post("/api/v1/bookings/" + created.get("bookings").get(1).get("id").asLong() + "/cancel", Map.of());

        JsonNode report = as(admin()).get("/api/v1/reports/rooms/" + room).json();
        Api.Response csv = as(admin()).get("/api/v1/reports/rooms/" + room + "/export?format=csv");

        assertThat(report.get("total").asLong()).isEqualTo(4);
        assertThat(report.get("items").valueStream().filter(item -> item.get("status").asString().equals("CANCELLED"))
                .count()).isEqualTo(1);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().strip().lines().count()).isEqualTo(5); // the header and each occurrence
    }

    @Test
    void someone_elses_series_cannot_be_cancelled_by_a_member() {
        long room = room(6);
        JsonNode created = as(member()).post("/api/v1/bookings", series(room, "2027-03-15", "09:00", "10:00",
                Map.of("frequency", "WEEKLY", "count", 3), "FAIL")).json();

        Api.Response refused = as(member()).post("/api/v1/bookings/" + created.get("bookings").get(0).get("id").asLong()
                + "/cancel", Map.of("scope", "ALL"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(as(admin()).get("/api/v1/series/" + created.get("seriesId").asLong()).json().get("bookings")
                .valueStream().filter(b -> b.get("status").asString().equals("CONFIRMED")).count()).isEqualTo(3);
    }

    private List<String> activeDays(User reader, JsonNode created) {
        List<String> days = new ArrayList<>();
        as(reader).get("/api/v1/series/" + created.get("seriesId").asLong()).json().get("bookings").forEach(booking -> {
            if (booking.get("status").asString().equals("CONFIRMED")) {
                days.add(OffsetDateTime.parse(booking.get("startsAt").asString()).toLocalDate().toString());
            }
        });
        return days;
    }

    private static Map<String, Object> series(long resource, String day, String from, String to, Map<String, Object> repeat,
            String onConflict) {
        ZoneId zone = ZoneId.of(ZONE);
        LocalDate date = LocalDate.parse(day);
        Map<String, Object> body = new HashMap<>();
        body.put("resourceId", resource);
        body.put("startsAt", date.atTime(java.time.LocalTime.parse(from)).atZone(zone).toOffsetDateTime().toString());
        body.put("endsAt", date.atTime(java.time.LocalTime.parse(to)).atZone(zone).toOffsetDateTime().toString());
        body.put("title", "Stand-up");
        body.put("attendees", 1);
        body.put("repeat", repeat);
        body.put("onConflict", onConflict);
        return body;
    }

    private static List<String> days(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        List<String> days = new ArrayList<>();
        created.json().get("bookings").forEach(booking -> days.add(
                OffsetDateTime.parse(booking.get("startsAt").asString()).toLocalDate().toString()));
        return days;
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
