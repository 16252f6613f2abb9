package dev.allot.web;

import static dev.allot.web.WebSession.errorOf;
import static dev.allot.web.WebSession.hidden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The booking pages over plain HTTP with a session cookie: what a browser would send, without the browser. */
class BookingPagesPageIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_double_click_on_book_books_once() {
        long room = resource(site(ZONE), "ROOM", 6);
        User member = member();
        WebSession web = signedIn(member);
        String form = web.get("/book?resource=" + room + "&date=" + day(2) + "&start=10:00&end=11:00").body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("resource", String.valueOf(room), "date", day(2).toString(),
                "start", "10:00", "end", "11:00", "title", "Standup", "attendees", "2", "note", "",
                "idempotencyKey", hidden(form, "idempotencyKey"), "_csrf", hidden(form, "_csrf")));

        HttpResponse<String> first = web.post("/book", fields);
        HttpResponse<String> second = web.post("/book", fields);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(as(member).get("/api/v1/bookings").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void a_booking_about_to_start_offers_check_in_on_my_bookings_and_the_dashboard() {
        long room = resource(site(ZONE), "ROOM", 6);
        User member = member();
        var soon = java.time.OffsetDateTime.now(ZoneId.of(ZONE)).plusMinutes(10).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long id = as(member).post("/api/v1/bookings", booking(room, soon, soon.plusHours(1))).json().get("id").asLong();
        var later = at(ZONE, 3, 9, 0);
        long notYet = as(member).post("/api/v1/bookings", booking(room, later, later.plusHours(1))).json().get("id").asLong();
        WebSession web = signedIn(member);

        String mine = web.get("/bookings").body();
        assertThat(mine).contains("/bookings/" + id + "/check-in").doesNotContain("/bookings/" + notYet + "/check-in");
        assertThat(web.get("/").body()).contains("/bookings/" + id + "/check-in");

        HttpResponse<String> checkedIn = web.post("/bookings/" + id + "/check-in",
                Map.of("next", "/", "_csrf", hidden(mine, "_csrf")));

        assertThat(checkedIn.statusCode()).isEqualTo(302);
        assertThat(checkedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(as(member).get("/api/v1/bookings/" + id).json().get("checkedInAt").isNull()).isFalse();
        String after = web.get("/bookings").body();
        assertThat(after).doesNotContain("/bookings/" + id + "/check-in").contains("Checked in");
    }

    @Test
    void each_fresh_form_has_its_own_idempotency_key() {
        long room = resource(site(ZONE), "ROOM", 6);
        WebSession web = signedIn(member());

        String first = hidden(web.get("/book?resource=" + room).body(), "idempotencyKey");
        String second = hidden(web.get("/book?resource=" + room).body(), "idempotencyKey");

        assertThat(first).isNotBlank().isNotEqualTo(second);
    }

    @Test
    void an_overlap_at_a_site_in_another_zone_is_told_in_that_sites_time() {
        String tokyo = "Asia/Tokyo";
        long room = resource(site(tokyo), "ROOM", 6);
        as(member()).post("/api/v1/bookings", booking(room, at(tokyo, 2, 9, 0), at(tokyo, 2, 10, 0)));
        WebSession web = signedIn(member());
        LocalDate day = LocalDate.now(ZoneId.of(tokyo)).plusDays(2);
        String form = web.get("/book?resource=" + room + "&date=" + day).body();

        HttpResponse<String> refused = web.post("/book", Map.of("resource", String.valueOf(room), "date", day.toString(),
                "start", "09:30", "end", "10:30", "title", "Sync", "attendees", "1", "idempotencyKey",
                hidden(form, "idempotencyKey"), "_csrf", hidden(form, "_csrf")));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(errorOf(refused.body(), "start")).contains("from 09:00 to 10:00");
        assertThat(refused.body()).contains("Asia/Tokyo, UTC+09:00");
    }

    @Test
    void broken_rules_are_explained_next_to_the_field_each_concerns() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        WebSession web = signedIn(member());
        String form = web.get("/book?resource=" + desk).body();

        HttpResponse<String> refused = web.post("/book", Map.of("resource", String.valueOf(desk),
                "date", day(30).toString(), "start", "12:00", "end", "11:00", "title", "", "attendees", "3",
                "idempotencyKey", hidden(form, "idempotencyKey"), "_csrf", hidden(form, "_csrf")));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(errorOf(refused.body(), "date")).contains("at most 14 days ahead");
        assertThat(errorOf(refused.body(), "end")).contains("must end after it starts");
        assertThat(errorOf(refused.body(), "attendees")).contains("holds at most 1 person");
    }

    @Test
    void a_viewer_is_not_offered_the_booking_form() {
        long room = resource(site(ZONE), "ROOM", 6);
        WebSession web = signedIn(viewer());

        HttpResponse<String> form = web.get("/book?resource=" + room);

        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Not allowed");
    }

    @Test
    void cancelling_needs_the_forms_csrf_token() {
        long room = resource(site(ZONE), "ROOM", 6);
        User member = member();
        long booking = as(member).post("/api/v1/bookings", booking(room, at(ZONE, 2, 9, 0), at(ZONE, 2, 10, 0)))
                .json().get("id").asLong();
        WebSession web = signedIn(member);

        HttpResponse<String> forged = web.post("/bookings/" + booking + "/cancel", Map.of("next", "/"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(as(member).get("/api/v1/bookings/" + booking).json().get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_member_cannot_cancel_someone_elses_booking_from_the_pages() {
        long room = resource(site(ZONE), "ROOM", 6);
        User owner = member();
        long booking = as(owner).post("/api/v1/bookings", booking(room, at(ZONE, 2, 11, 0), at(ZONE, 2, 12, 0)))
                .json().get("id").asLong();
        WebSession stranger = signedIn(member());
        String csrf = hidden(stranger.get("/book?resource=" + room).body(), "_csrf");

        HttpResponse<String> refused = stranger.post("/bookings/" + booking + "/cancel", Map.of("_csrf", csrf));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(stranger.get("/bookings").body()).contains("You are not allowed to do this.");
        assertThat(as(owner).get("/api/v1/bookings/" + booking).json().get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void find_leaves_out_rooms_taken_in_the_time_range_and_offers_the_amenities_in_use() {
        long site = site(ZONE);
        long taken = resource(site, "ROOM", 6, "sauna");
        long free = resource(site, "ROOM", 6);
        as(member()).post("/api/v1/bookings", booking(taken, at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0)));
        WebSession web = signedIn(member());

        String page = web.get("/find?site=" + site + "&date=" + day(2) + "&from=10:00&to=11:00").body();

        assertThat(page).contains("/resources/" + free + "?").doesNotContain("/resources/" + taken + "?");
        assertThat(page).contains("value=\"sauna\"");
        assertThat(web.get("/find?site=" + site + "&date=" + day(2)).body()).contains("/resources/" + taken + "?");
    }

    @Test
    void find_explains_a_time_range_with_only_one_end() {
        long site = site(ZONE);
        WebSession web = signedIn(member());

        String page = web.get("/find?site=" + site + "&from=10:00").body();

        assertThat(errorOf(page, "to")).contains("Give both times, or neither.");
    }

    @Test
    void an_unknown_resource_is_a_friendly_not_found_page() {
        WebSession web = signedIn(member());

        HttpResponse<String> missing = web.get("/resources/999999999");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is nothing at this address.");
    }

    @Test
    void the_resource_page_shows_seven_days_from_the_chosen_one() {
        long room = resource(site(ZONE), "ROOM", 6);
        WebSession web = signedIn(member());

        String page = web.get("/resources/" + room + "?date=" + day(3)).body();

        assertThat(Pattern.compile("class=\"week-day( today)?\"").matcher(page).results().count()).isEqualTo(7);
        assertThat(page).contains("date=" + day(10)); // the next week's link
    }

    @Test
    void the_resource_page_shows_its_photo_description_capacity_and_amenities() {
        long site = site(ZONE);
        var created = as(admin()).post("/api/v1/resources", Map.of("siteId", site, "kind", "ROOM", "name", "Aurora",
                "capacity", 10, "amenities", java.util.List.of("projector", "sauna"),
                "description", "Bright corner room by the kitchen.", "photoUrl", "https://photos.example/aurora.jpg"));
        WebSession web = signedIn(member());

        String page = web.get("/resources/" + created.json().get("id").asLong()).body();

        assertThat(page).contains("src=\"https://photos.example/aurora.jpg\"").contains("alt=\"Photo of Aurora\"")
                .contains("Bright corner room by the kitchen.").contains("up to 10 people")
                .contains(">Projector<").contains(">sauna<").contains("Book this");
    }

    private static LocalDate day(int daysAhead) {
        return LocalDate.now(ZoneId.of(ZONE)).plusDays(daysAhead);
    }

    private WebSession signedIn(User user) {
        return WebSession.signedIn(port, user.email(), PASSWORD);
    }
}
