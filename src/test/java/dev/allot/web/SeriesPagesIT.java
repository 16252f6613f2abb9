package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A series from the booking form (issue 18): its repeat choice, and the days in the way, named. */
class SeriesPagesIT extends AllotIntegrationTest {

    @BeforeEach
    void firstOfMarch2027() {
        clock().set(Instant.parse("2027-03-01T07:00:00Z"));
    }

    @Test
    void the_form_books_a_weekly_series() {
        User member = member();
        long room = room(4);
        WebSession web = WebSession.signedIn(port, member.email(), PASSWORD);

        HttpResponse<String> booked = web.post("/book", form(web, room, "WEEKLY", "4", false));

        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(302);
        JsonNode items = as(signIn(member.email(), PASSWORD)).get("/api/v1/bookings?resourceId=" + room).json().get("items");
        assertThat(items.size()).isEqualTo(4);
        assertThat(items.get(3).get("startsAt").asString()).startsWith("2027-04-05T09:00");
        assertThat(items.get(0).get("seriesId").asLong()).isEqualTo(items.get(3).get("seriesId").asLong());
    }

    @Test
    void a_taken_day_is_named_and_nothing_is_booked_unless_the_person_skips_it() {
        User member = member();
        long room = room(4);
        as(member()).post("/api/v1/bookings", booking(room, OffsetDateTime.parse("2027-03-22T09:00:00+01:00"),
                OffsetDateTime.parse("2027-03-22T10:00:00+01:00")));
        WebSession web = WebSession.signedIn(port, member.email(), PASSWORD);

        HttpResponse<String> refused = web.post("/book?lang=en", form(web, room, "WEEKLY", "3", false));
        HttpResponse<String> skipping = web.post("/book", form(web, room, "WEEKLY", "3", true));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Nothing was booked").contains("22 Mar (Member ");
        assertThat(skipping.statusCode()).isEqualTo(302);
        // The room's bookings: the colleague's on 22 March, and the series' two free Mondays.
        assertThat(as(signIn(member.email(), PASSWORD)).get("/api/v1/bookings?resourceId=" + room).json()
                .get("items").valueStream().filter(b -> b.get("seriesId") != null && !b.get("seriesId").isNull())
                .count()).isEqualTo(2);
    }

    @Test
    void the_form_books_every_other_week_on_two_weekdays_until_a_day() {
        User member = member();
        long room = room(4);
        WebSession web = WebSession.signedIn(port, member.email(), PASSWORD);
        Map<String, String> fields = form(web, room, "WEEKLY", "", false);
        fields.put("every", "2");
        fields.put("ends", "UNTIL");
        fields.put("until", "2027-04-15");

        HttpResponse<String> booked = web.post("/book", fields, Map.of("weekdays", List.of("MONDAY", "THURSDAY")));

        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(302);
        assertThat(days(member, room)).containsExactly("2027-03-15", "2027-03-18", "2027-03-29", "2027-04-01",
                "2027-04-12", "2027-04-15");
    }

    @Test
    void the_form_books_the_second_tuesday_of_each_month_and_names_a_missing_last_day() {
        User member = member();
        long room = room(4);
        WebSession web = WebSession.signedIn(port, member.email(), PASSWORD);
        Map<String, String> fields = form(web, room, "MONTHLY", "3", false, "2027-03-09");
        assertThat(web.get("/book?resource=" + room + "&date=2027-03-09").body()).contains("on the second Tuesday")
                .contains("on day 9");
        fields.put("monthlyBy", "WEEKDAY");
        Map<String, String> noLastDay = new HashMap<>(fields);
        noLastDay.put("ends", "UNTIL");

        HttpResponse<String> refused = web.post("/book", noLastDay);
        HttpResponse<String> booked = web.post("/book", fields);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(WebSession.errorOf(refused.body(), "until")).contains("last day");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(302);
        assertThat(days(member, room)).containsExactly("2027-03-09", "2027-04-13", "2027-05-11");
    }

    @Test
    void an_admin_approves_a_whole_series_from_the_approvals_page() {
        User member = member();
        long room = resource(site("Europe/Berlin"), "ROOM", 4, true);
        WebSession web = WebSession.signedIn(port, member.email(), PASSWORD);
        assertThat(web.post("/book", form(web, room, "WEEKLY", "3", false)).statusCode()).isEqualTo(302);
        JsonNode items = as(signIn(member.email(), PASSWORD)).get("/api/v1/bookings?resourceId=" + room).json()
                .get("items");
        WebSession admin = WebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = admin.getPage("/admin/approvals").body();
        assertThat(page).contains("Approve the whole series");

        HttpResponse<String> approved = admin.post("/admin/approvals/" + items.get(1).get("id").asLong() + "/approve",
                Map.of("scope", "ALL", "_csrf", WebSession.hidden(page, "_csrf")));

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(as(signIn(member.email(), PASSWORD)).get("/api/v1/bookings?resourceId=" + room).json().get("items")
                .valueStream().map(b -> b.get("status").asString()).toList()).containsExactly("CONFIRMED", "CONFIRMED",
                "CONFIRMED");
    }

    private List<String> days(User member, long room) {
        return as(signIn(member.email(), PASSWORD)).get("/api/v1/bookings?resourceId=" + room).json().get("items")
                .valueStream().map(b -> OffsetDateTime.parse(b.get("startsAt").asString())
                        .atZoneSameInstant(java.time.ZoneId.of("Europe/Berlin")).toLocalDate().toString())
                .sorted().toList();
    }

    private static Map<String, String> form(WebSession web, long room, String repeat, String times, boolean skip) {
        return form(web, room, repeat, times, skip, "2027-03-15");
    }

    private static Map<String, String> form(WebSession web, long room, String repeat, String times, boolean skip,
            String date) {
        String page = web.get("/book?resource=" + room + "&date=" + date).body();
        assertThat(page).contains("name=\"repeat\"");
        Map<String, String> fields = new HashMap<>(Map.of("resource", String.valueOf(room), "date", date,
                "start", "09:00", "end", "10:00", "title", "Stand-up", "attendees", "1", "note", "",
                "idempotencyKey", WebSession.hidden(page, "idempotencyKey"), "_csrf", WebSession.hidden(page, "_csrf")));
        fields.put("repeat", repeat);
        fields.put("times", times);
        if (skip) {
            fields.put("skipTaken", "true");
        }
        return fields;
    }
}
