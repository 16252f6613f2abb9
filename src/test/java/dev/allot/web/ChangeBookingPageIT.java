package dev.allot.web;

import static dev.allot.web.WebSession.errorOf;
import static dev.allot.web.WebSession.hidden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Changing one's booking from the pages: the form filled in with it, and what the domain refuses explained inline. */
class ChangeBookingPageIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_member_moves_their_booking_to_a_free_time_and_sees_it_moved() {
        long room = resource(site(ZONE), "ROOM", 6);
        User member = member();
        long booking = as(member).post("/api/v1/bookings", booking(room, at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0)))
                .json().get("id").asLong();
        WebSession web = signedIn(member);

        String list = web.get("/bookings").body();
        assertThat(list).contains("/bookings/" + booking + "/edit");
        HttpResponse<String> edit = web.get("/bookings/" + booking + "/edit");
        assertThat(edit.statusCode()).isEqualTo(200);
        String form = edit.body();
        assertThat(value(form, "date")).isEqualTo(day(2).toString());
        assertThat(value(form, "start")).isEqualTo("10:00");
        assertThat(value(form, "end")).isEqualTo("11:00");
        assertThat(value(form, "attendees")).isEqualTo("1");

        Map<String, String> fields = fields(form, room, day(3), "14:00", "15:30", "Moved sync", "3");
        HttpResponse<String> saved = web.post("/bookings/" + booking + "/edit", fields);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/bookings"));
        assertThat(web.get("/bookings").body()).contains("Changed: ").contains("14:00–15:30").contains("Moved sync");
        JsonNode changed = as(member).get("/api/v1/bookings/" + booking).json();
        assertThat(OffsetDateTime.parse(changed.get("startsAt").asString()).toInstant())
                .isEqualTo(at(ZONE, 3, 14, 0).toInstant());
        assertThat(OffsetDateTime.parse(changed.get("endsAt").asString()).toInstant())
                .isEqualTo(at(ZONE, 3, 15, 30).toInstant());
        assertThat(changed.get("attendees").asInt()).isEqualTo(3);
        assertThat(changed.get("title").asString()).isEqualTo("Moved sync");
    }

    @Test
    void a_clash_is_explained_next_to_the_start_and_the_input_is_kept() {
        long room = resource(site(ZONE), "ROOM", 6);
        as(member()).post("/api/v1/bookings", booking(room, at(ZONE, 2, 9, 0), at(ZONE, 2, 10, 0)));
        User member = member();
        long booking = as(member).post("/api/v1/bookings", booking(room, at(ZONE, 2, 12, 0), at(ZONE, 2, 13, 0)))
                .json().get("id").asLong();
        WebSession web = signedIn(member);
        String form = web.get("/bookings/" + booking + "/edit").body();

        HttpResponse<String> refused = web.post("/bookings/" + booking + "/edit",
                fields(form, room, day(2), "09:30", "10:30", "Clash", "2"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(errorOf(refused.body(), "start")).contains("from 09:00 to 10:00");
        assertThat(value(refused.body(), "start")).isEqualTo("09:30");
        assertThat(value(refused.body(), "title")).isEqualTo("Clash");
        assertThat(refused.body()).contains("/bookings/" + booking + "/edit");
        assertThat(OffsetDateTime.parse(as(member).get("/api/v1/bookings/" + booking).json().get("startsAt").asString())
                .toInstant()).isEqualTo(at(ZONE, 2, 12, 0).toInstant());
    }

    @Test
    void broken_rules_are_explained_next_to_their_fields() {
        long desk = resource(site(ZONE), "DESK", 1);
        User member = member();
        long booking = as(member).post("/api/v1/bookings", booking(desk, at(ZONE, 2, 12, 0), at(ZONE, 2, 13, 0)))
                .json().get("id").asLong();
        WebSession web = signedIn(member);
        String form = web.get("/bookings/" + booking + "/edit").body();

        HttpResponse<String> refused = web.post("/bookings/" + booking + "/edit",
                fields(form, desk, day(2), "12:00", "11:00", "", "3"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(errorOf(refused.body(), "end")).contains("must end after it starts");
        assertThat(errorOf(refused.body(), "attendees")).contains("holds at most 1 person");
    }

    @Test
    void another_member_may_neither_open_nor_send_someone_elses_edit_form() {
        long room = resource(site(ZONE), "ROOM", 6);
        User owner = member();
        long booking = as(owner).post("/api/v1/bookings", booking(room, at(ZONE, 2, 11, 0), at(ZONE, 2, 12, 0)))
                .json().get("id").asLong();
        WebSession stranger = signedIn(member());

        HttpResponse<String> page = stranger.get("/bookings/" + booking + "/edit");
        assertThat(page.statusCode()).isEqualTo(403);

        String csrf = hidden(stranger.get("/book?resource=" + room).body(), "_csrf");
        Map<String, String> fields = new HashMap<>(Map.of("resource", String.valueOf(room), "date", day(2).toString(),
                "start", "15:00", "end", "16:00", "title", "Mine now", "attendees", "1", "note", "",
                "idempotencyKey", "x", "_csrf", csrf));
        HttpResponse<String> sent = stranger.post("/bookings/" + booking + "/edit", fields);
        assertThat(sent.statusCode()).isEqualTo(403);
        assertThat(OffsetDateTime.parse(as(owner).get("/api/v1/bookings/" + booking).json().get("startsAt").asString())
                .toInstant()).isEqualTo(at(ZONE, 2, 11, 0).toInstant());
    }

    private static Map<String, String> fields(String form, long resource, LocalDate date, String start, String end,
            String title, String attendees) {
        return new HashMap<>(Map.of("resource", String.valueOf(resource), "date", date.toString(), "start", start,
                "end", end, "title", title, "attendees", attendees, "note", "",
                "idempotencyKey", hidden(form, "idempotencyKey"), "_csrf", hidden(form, "_csrf")));
    }

    /** The value of an input by its id. */
    private static String value(String html, String id) {
        Matcher matcher = Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(matcher.find()).as("an input " + id).isTrue();
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(matcher.group());
        assertThat(value.find()).as("a value of " + id).isTrue();
        return value.group(1);
    }

    private static LocalDate day(int daysAhead) {
        return LocalDate.now(ZoneId.of(ZONE)).plusDays(daysAhead);
    }

    private WebSession signedIn(User user) {
        return WebSession.signedIn(port, user.email(), PASSWORD);
    }
}
