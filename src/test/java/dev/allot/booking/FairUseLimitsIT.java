package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * Fair-use limits (issue 18). Every limit here is for a site of its own, so that it holds no other test's
 * bookings. The application's clock stands at Monday 1 March 2027, 08:00 in Berlin.
 */
class FairUseLimitsIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Autowired
    MessageSource messages;

    private final List<Long> made = new ArrayList<>();

    @BeforeEach
    void firstOfMarch2027() {
        clock().set(Instant.parse("2027-03-01T07:00:00Z"));
    }

    @AfterEach
    void removeLimits() {
        User admin = admin();
        made.forEach(id -> as(admin).delete("/api/v1/limits/" + id));
    }

    @Test
    void hours_per_week_refuse_the_booking_that_goes_past_them_naming_the_limit_and_what_is_left() {
        long site = site(ZONE);
        long room = resource(site, "ROOM", 6);
        long limit = limit(Map.of("role", "MEMBER", "siteId", site, "kind", "ROOM", "measure", "HOURS_PER_WEEK",
                "amount", 3));
        User member = member();
        Api api = as(member);

        assertThat(api.post("/api/v1/bookings", slot(room, "2027-03-01", "10:00", "12:00")).status()).isEqualTo(201);
        Api.Response refused = api.post("/api/v1/bookings", slot(room, "2027-03-03", "10:00", "11:30"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("violations").get(0).get("rule").asString()).isEqualTo("limit-exceeded");
        assertThat(refused.json().get("limit").get("id").asLong()).isEqualTo(limit);
        assertThat(refused.json().get("limit").get("measure").asString()).isEqualTo("HOURS_PER_WEEK");
        assertThat(refused.json().get("limit").get("remaining").asDouble()).isEqualTo(1.0);
        assertThat(refused.json().get("limit").get("weekOf").asString()).isEqualTo("2027-03-01");
        assertThat(refused.json().get("detail").asString()).contains("3 hours a week").contains("1 left");
        // the last hour fits, and the next week is a week of its own
        assertThat(api.post("/api/v1/bookings", slot(room, "2027-03-07", "10:00", "11:00")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/bookings", slot(room, "2027-03-08", "09:00", "12:00")).status()).isEqualTo(201);

        JsonNode mine = api.get("/api/v1/me/limits").json();
        assertThat(mine.size()).isGreaterThanOrEqualTo(1);
        JsonNode use = find(mine, limit);
        assertThat(use.get("weekOf").asString()).isEqualTo("2027-03-01");
        assertThat(use.get("used").asDouble()).isEqualTo(3.0);
        assertThat(use.get("remaining").asDouble()).isEqualTo(0.0);
    }

    @Test
    void a_series_that_would_go_past_the_active_bookings_ahead_books_nothing() {
        long site = site(ZONE);
        long room = resource(site, "ROOM", 6);
        limit(Map.of("role", "MEMBER", "siteId", site, "measure", "ACTIVE_BOOKINGS", "amount", 5));
        User member = member();

        Api.Response refused = as(member).post("/api/v1/bookings", series(room, "2027-03-02", 6, "SKIP"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("limit").get("remaining").asDouble()).isEqualTo(5.0);
        assertThat(held(member, room)).isZero();
        Api.Response five = as(member).post("/api/v1/bookings", series(room, "2027-03-02", 5, "FAIL"));
        assertThat(five.status()).as(five.toString()).isEqualTo(201);
        assertThat(held(member, room)).isEqualTo(5);
        // a change that keeps the count is no new booking
        long first = five.json().get("bookings").get(0).get("id").asLong();
        Api.Response moved = as(member).put("/api/v1/bookings/" + first, Map.of("startsAt", "2027-03-02T10:00:00+01:00",
                "endsAt", "2027-03-02T11:00:00+01:00", "title", "Moved", "attendees", 1));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(as(member).post("/api/v1/bookings", slot(room, "2027-03-04", "10:00", "11:00")).status())
                .isEqualTo(422);
    }

    @Test
    void admins_are_held_only_by_limits_for_admins_and_not_when_acting_for_somebody_else() {
        long site = site(ZONE);
        long room = resource(site, "ROOM", 6);
        limit(Map.of("role", "MEMBER", "siteId", site, "measure", "HOURS_PER_WEEK", "amount", 2));
        User member = member();
        long booking = as(member).post("/api/v1/bookings", slot(room, "2027-03-02", "09:00", "11:00")).json()
                .get("id").asLong();
        User admin = admin();

        assertThat(as(admin).post("/api/v1/bookings", slot(room, "2027-03-02", "12:00", "17:00")).status())
                .isEqualTo(201);
        Api.Response longer = as(admin).put("/api/v1/bookings/" + booking, Map.of("startsAt", "2027-03-02T09:00:00+01:00",
                "endsAt", "2027-03-02T12:00:00+01:00", "title", "Longer", "attendees", 1));
        assertThat(longer.status()).as(longer.toString()).isEqualTo(200);
        Api.Response byMember = as(member).put("/api/v1/bookings/" + booking, Map.of(
                "startsAt", "2027-03-02T08:00:00+01:00", "endsAt", "2027-03-02T12:00:00+01:00", "title", "Longer",
                "attendees", 1));
        assertThat(byMember.status()).as(byMember.toString()).isEqualTo(422);

        limit(Map.of("role", "ADMIN", "siteId", site, "measure", "ACTIVE_BOOKINGS", "amount", 1));
        Api.Response second = as(admin).post("/api/v1/bookings", slot(room, "2027-03-03", "09:00", "10:00"));
        assertThat(second.status()).as(second.toString()).isEqualTo(422);
    }

    @Test
    void desk_days_and_peak_minutes_count_in_the_site_calendar() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        long room = resource(site, "ROOM", 6);
        limit(Map.of("role", "MEMBER", "siteId", site, "kind", "DESK", "measure", "DAYS_PER_WEEK", "amount", 2));
        limit(Map.of("role", "MEMBER", "siteId", site, "kind", "ROOM", "measure", "PEAK_MINUTES_PER_WEEK",
                "amount", 60, "peakDays", List.of("MONDAY"), "peakStart", "08:00", "peakEnd", "10:00"));
        Api api = as(member());

        assertThat(api.post("/api/v1/bookings", DeskDaysIT.deskDay(desk, LocalDate.parse("2027-03-02"))).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/bookings", DeskDaysIT.deskDay(desk, LocalDate.parse("2027-03-03"))).status())
                .isEqualTo(201);
        Api.Response third = api.post("/api/v1/bookings", DeskDaysIT.deskDay(desk, LocalDate.parse("2027-03-04")));
        assertThat(third.status()).as(third.toString()).isEqualTo(422);
        assertThat(third.json().get("limit").get("measure").asString()).isEqualTo("DAYS_PER_WEEK");

        // 09:00–10:30 on a Monday holds 60 minutes of the peak; Tuesday morning holds none
        assertThat(api.post("/api/v1/bookings", slot(room, "2027-03-08", "09:00", "10:30")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/bookings", slot(room, "2027-03-09", "08:00", "10:00")).status()).isEqualTo(201);
        Api.Response peak = api.post("/api/v1/bookings", slot(room, "2027-03-08", "08:00", "08:30"));
        assertThat(peak.status()).as(peak.toString()).isEqualTo(422);
        assertThat(peak.json().get("limit").get("remaining").asDouble()).isEqualTo(0.0);
    }

    @Test
    void two_racing_bookings_never_both_take_the_last_one() {
        long site = site(ZONE);
        long first = resource(site, "ROOM", 6);
        long second = resource(site, "ROOM", 6);
        limit(Map.of("role", "MEMBER", "siteId", site, "measure", "ACTIVE_BOOKINGS", "amount", 1));
        for (int round = 0; round < 4; round++) {
            User member = member();
            String day = LocalDate.parse("2027-03-02").plusDays(round).toString();
            CompletableFuture<Api.Response> a = CompletableFuture.supplyAsync(
                    () -> as(member).post("/api/v1/bookings", slot(first, day, "09:00", "10:00")));
            CompletableFuture<Api.Response> b = CompletableFuture.supplyAsync(
                    () -> as(member).post("/api/v1/bookings", slot(second, day, "09:00", "10:00")));

            assertThat(List.of(a.join().status(), b.join().status())).containsExactlyInAnyOrder(201, 422);
            assertThat(held(member, first) + held(member, second)).isEqualTo(1);
        }
    }

    @Test
    void limits_are_set_by_admins_only_checked_field_by_field_and_audited() {
        long site = site(ZONE);
        User member = member();
        assertThat(as(member).post("/api/v1/limits", Map.of("role", "MEMBER", "measure", "ACTIVE_BOOKINGS",
                "amount", 3)).status()).isEqualTo(403);
        assertThat(as(member).get("/api/v1/limits").status()).isEqualTo(403);
        Api admin = as(admin());
        assertField(admin.post("/api/v1/limits", Map.of("role", "MEMBER", "siteId", site, "measure", "HOURS_PER_WEEK",
                "amount", 3, "peakDays", List.of("MONDAY"))), 400, "peakDays");
        assertField(admin.post("/api/v1/limits", Map.of("role", "MEMBER", "siteId", site,
                "measure", "PEAK_MINUTES_PER_WEEK", "amount", 3, "peakDays", List.of("MONDAY"), "peakStart", "10:00",
                "peakEnd", "09:00")), 400, "peakEnd");
        assertField(admin.post("/api/v1/limits", Map.of("role", "VIEWER", "siteId", site, "measure", "ACTIVE_BOOKINGS",
                "amount", 3)), 400, "role");
        assertField(admin.post("/api/v1/limits", Map.of("role", "MEMBER", "siteId", site, "measure", "ACTIVE_BOOKINGS",
                "amount", 0)), 400, "amount");
        assertField(admin.post("/api/v1/limits", Map.of("role", "MEMBER", "siteId", 987654321, "measure",
                "ACTIVE_BOOKINGS", "amount", 3)), 422, "siteId");
        assertThat(admin.put("/api/v1/limits/987654321", Map.of("role", "MEMBER", "measure", "ACTIVE_BOOKINGS",
                "amount", 3)).status()).isEqualTo(404);

        long id = limit(Map.of("role", "MEMBER", "siteId", site, "measure", "ACTIVE_BOOKINGS", "amount", 3));
        Api.Response changed = admin.put("/api/v1/limits/" + id, Map.of("role", "MEMBER", "siteId", site,
                "measure", "ACTIVE_BOOKINGS", "amount", 4));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("amount").asInt()).isEqualTo(4);
        assertThat(admin.delete("/api/v1/limits/" + id).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/limits/" + id).status()).isEqualTo(404);

        JsonNode audit = admin.get("/api/v1/audit?targetType=limit&targetId=" + id).json().get("items");
        List<String> actions = new ArrayList<>();
        audit.forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).containsExactlyInAnyOrder("limit.created", "limit.changed", "limit.removed");
    }

    @Test
    void the_refusal_reads_in_english_and_in_russian() {
        Object[] hours = {3, LimitMeasure.HOURS_PER_WEEK.ordinal(), "1.5", "2027-03-01"};
        Object[] active = {5, LimitMeasure.ACTIVE_BOOKINGS.ordinal(), "0", ""};

        assertThat(messages.getMessage("rule.limit-exceeded", hours, Locale.ENGLISH))
                .isEqualTo("That goes past your limit of 3 hours of booking a week (week of 2027-03-01): 1.5 left.");
        assertThat(messages.getMessage("rule.limit-exceeded", active, Locale.ENGLISH))
                .isEqualTo("That goes past your limit of 5 active bookings: 0 left.");
        assertThat(messages.getMessage("rule.limit-exceeded", hours, Locale.forLanguageTag("ru")))
                .isEqualTo("Это больше вашего лимита: 3 ч бронирования в неделю (неделя с 2027-03-01); осталось: 1.5.");
    }

    private long limit(Map<String, Object> body) {
        Api.Response created = as(admin()).post("/api/v1/limits", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        made.add(id);
        return id;
    }

    private static JsonNode find(JsonNode uses, long limit) {
        for (JsonNode use : uses) {
            if (use.get("limit").get("id").asLong() == limit) {
                return use;
            }
        }
        throw new AssertionError("no use of limit " + limit + " in " + uses);
    }

    private int held(User user, long room) {
        JsonNode items = as(user).get("/api/v1/bookings?resourceId=" + room + "&size=100").json().get("items");
        int active = 0;
        for (JsonNode booking : items) {
            String status = booking.get("status").asString();
            if (booking.get("bookedBy").asLong() == user.id()
                    && (status.equals("CONFIRMED") || status.equals("PENDING"))) {
                active++;
            }
        }
        return active;
    }

    private static void assertField(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static Map<String, Object> slot(long resource, String day, String from, String to) {
        LocalDate date = LocalDate.parse(day);
        java.time.ZoneId zone = java.time.ZoneId.of(ZONE);
        return Map.of("resourceId", resource, "title", "Work", "attendees", 1,
                "startsAt", date.atTime(java.time.LocalTime.parse(from)).atZone(zone).toOffsetDateTime().toString(),
                "endsAt", date.atTime(java.time.LocalTime.parse(to)).atZone(zone).toOffsetDateTime().toString());
    }

    private static Map<String, Object> series(long resource, String first, int count, String onConflict) {
        Map<String, Object> body = new HashMap<>(slot(resource, first, "09:00", "10:00"));
        body.put("repeat", Map.of("frequency", "DAILY", "count", count));
        body.put("onConflict", onConflict);
        return body;
    }
}
