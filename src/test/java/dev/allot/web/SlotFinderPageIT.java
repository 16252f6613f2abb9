package dev.allot.web;

import static dev.allot.web.WebSession.hidden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The slot finder page: suggestions with reasons, and one click on Book books the suggestion. */
class SlotFinderPageIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void one_click_on_a_suggestion_books_it() {
        long site = site(ZONE);
        long room = resource(site, "ROOM", 6, "projector");
        User member = member();
        WebSession web = WebSession.signedIn(port, member.email(), PASSWORD);
        LocalDate monday = LocalDate.now(ZoneId.of(ZONE)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        String page = web.get("/slots?site=" + site + "&attendees=5&minutes=60&needs=Projector&from=" + monday
                + "&to=" + monday + "&title=Retro").body();

        assertThat(page).contains("Fits 5 people in a room for 6").contains("No usage history for this time yet");
        Matcher form = Pattern.compile("<form method=\"post\" action=\"/book\" class=\"slot-book\">(.*?)</form>",
                Pattern.DOTALL).matcher(page);
        assertThat(form.find()).as(page).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : new String[] {"resource", "date", "start", "end", "title", "attendees", "note",
                "idempotencyKey", "_csrf"}) {
            fields.put(name, hidden(form.group(1), name));
        }
        assertThat(fields).containsEntry("resource", String.valueOf(room)).containsEntry("date", monday.toString())
                .containsEntry("title", "Retro").containsEntry("attendees", "5");

        HttpResponse<String> booked = web.post("/book", fields);

        assertThat(booked.statusCode()).isEqualTo(302);
        var mine = as(member).get("/api/v1/bookings").json().get("items");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("title").asString()).isEqualTo("Retro");
        assertThat(mine.get(0).get("startsAt").asString()).startsWith(monday + "T" + fields.get("start"));
    }

    @Test
    void a_viewer_sees_suggestions_without_a_book_button_and_a_bad_range_is_explained() {
        long site = site(ZONE);
        resource(site, "ROOM", 6);
        User viewer = viewer();
        WebSession web = WebSession.signedIn(port, viewer.email(), PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));

        String page = web.get("/slots?site=" + site + "&attendees=2&minutes=30&from=" + today.plusDays(1) + "&to="
                + today.plusDays(2)).body();
        assertThat(page).contains("slot-suggestion").doesNotContain("class=\"slot-book\"");

        String tooLong = web.get("/slots?site=" + site + "&attendees=2&minutes=30&from=" + today + "&to="
                + today.plusDays(60)).body();
        assertThat(tooLong).contains("the range is at most 31 days");
    }
}
