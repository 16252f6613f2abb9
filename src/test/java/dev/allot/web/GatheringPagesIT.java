package dev.allot.web;

import static dev.allot.web.WebSession.hidden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.gathering.GatheringIT;
import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The event pages over plain HTTP with a browser session: announce, open by short link, ask, accept. */
class GatheringPagesIT extends AllotIntegrationTest {

    @Test
    void a_host_announces_through_the_form_and_a_guest_asks_through_the_short_link() {
        User host = member();
        WebSession hostWeb = WebSession.signedIn(port, host.email(), PASSWORD);
        String form = hostWeb.get("/events/new").body();
        String title = unique("Kino");

        HttpResponse<String> published = hostWeb.post("/events/new", Map.ofEntries(
                Map.entry("_csrf", hidden(form, "_csrf")), Map.entry("title", title),
                Map.entry("filmTitle", "Stalker"), Map.entry("filmYear", "1979"),
                Map.entry("date", GatheringIT.evening(5, 1).get("startsAt").toString().substring(0, 10)),
                Map.entry("start", "19:00"), Map.entry("end", "21:30"), Map.entry("timeZone", "Europe/Berlin"),
                Map.entry("place", "Upstairs"), Map.entry("privacy", "PUBLIC"), Map.entry("free", "true"),
                Map.entry("seats", "4")));

        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        String location = published.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/events/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode event = as(host).get("/api/v1/events/" + id).json();
        assertThat(event.get("title").asString()).isEqualTo(title);
        assertThat(event.get("startsAt").asString()).contains("T19:00").endsWith("+01:00");
        assertThat(event.get("endsAt").asString()).contains("T21:30");

        User guest = member();
        WebSession guestWeb = WebSession.signedIn(port, guest.email(), PASSWORD);
        HttpResponse<String> shortLink = guestWeb.get(event.get("shortLink").asString());
        assertThat(shortLink.statusCode()).isEqualTo(302);
        assertThat(shortLink.headers().firstValue("Location").orElseThrow()).endsWith("/events/" + id);
        String page = guestWeb.get("/events/" + id).body();
        assertThat(page).contains(title, "Stalker", "19:00–21:30 (Europe/Berlin)", "4 of 4 seats left", "Ask to join",
                "https://t.me/share/url?url=");

        guestWeb.post("/events/" + id + "/ask", Map.of("_csrf", hidden(page, "_csrf")));
        String hostPage = hostWeb.get("/events/" + id).body();
        assertThat(hostPage).contains("Asked to join", "/events/" + id + "/participants/" + guest.id() + "/accept");

        HttpResponse<String> accepted = hostWeb.post("/events/" + id + "/participants/" + guest.id() + "/accept",
                Map.of("_csrf", hidden(hostPage, "_csrf")));

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(guestWeb.get("/events/" + id).body()).contains("You have a seat.", "3 of 4 seats left", "Give up my seat");
        assertThat(guestWeb.get("/events?mine=GUEST").body()).contains(title);
        String day = event.get("startsAt").asString().substring(0, 10);
        assertThat(guestWeb.get("/events?from=" + day + "&to=" + day).body()).contains(title);
        assertThat(guestWeb.get("/events?from=" + java.time.LocalDate.parse(day).plusDays(1)).body()).doesNotContain(title);
    }

    @Test
    void a_hidden_event_is_a_friendly_404_page_and_a_bad_form_names_the_field() {
        User host = member();
        long id = as(host).post("/api/v1/events", GatheringIT.with(GatheringIT.evening(6, 2), "privacy", "INVITE_ONLY"))
                .json().get("id").asLong();
        WebSession stranger = WebSession.signedIn(port, member().email(), PASSWORD);

        assertThat(stranger.get("/events/" + id).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/e/zzzzzzzz").statusCode()).isEqualTo(404);

        WebSession hostWeb = WebSession.signedIn(port, host.email(), PASSWORD);
        String form = hostWeb.get("/events/new").body();
        HttpResponse<String> bad = hostWeb.post("/events/new", Map.of("_csrf", hidden(form, "_csrf"), "title", "x",
                "date", "2020-01-01", "start", "19:00", "end", "20:00", "timeZone", "Europe/Berlin", "seats", "3"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("The event must start in the future.");
    }

    @Test
    void guests_who_came_talk_in_the_chat_which_refreshes_itself_and_rate_the_host_after_the_end() {
        User host = member();
        Map<String, Object> announced = GatheringIT.evening(2, 2);
        long id = as(host).post("/api/v1/events", announced).json().get("id").asLong();
        User guest = member();
        as(guest).post("/api/v1/events/" + id + "/requests", null);
        as(host).post("/api/v1/events/" + id + "/participants/" + guest.id() + "/accept", null);
        WebSession guestWeb = WebSession.signedIn(port, guest.email(), PASSWORD);
        String page = guestWeb.get("/events/" + id).body();
        assertThat(page).contains("No messages yet", "hx-trigger=\"every 3s\"");

        guestWeb.post("/events/" + id + "/chat", Map.of("_csrf", hidden(page, "_csrf"), "text", "Popcorn <b>or</b> crisps?"));

        String fragment = WebSession.signedIn(port, host.email(), PASSWORD).get("/events/" + id + "/chat").body();
        long message = as(guest).get("/api/v1/events/" + id + "/messages").json().get(0).get("id").asLong();
        String editPage = guestWeb.get("/events/" + id + "/chat/" + message + "/edit").body();
        guestWeb.post("/events/" + id + "/chat/" + message + "/edit", Map.of("_csrf", hidden(editPage, "_csrf"),
                "text", "Popcorn and crisps!"));
        assertThat(as(guest).get("/api/v1/events/" + id + "/messages").json().get(0).get("text").asString())
                .isEqualTo("Popcorn and crisps!");
        assertThat(WebSession.signedIn(port, host.email(), PASSWORD).get("/events/" + id + "/chat/" + message + "/edit")
                .statusCode()).as("only its author changes a message").isEqualTo(404);
        assertThat(fragment).startsWith("<div").contains("Popcorn &lt;b&gt;or&lt;/b&gt; crisps?").doesNotContain("<html");
        assertThat(WebSession.signedIn(port, member().email(), PASSWORD).get("/events/" + id + "/chat").statusCode())
                .as("a stranger who may see the event is not in its chat").isEqualTo(403);

        clock().set(java.time.OffsetDateTime.parse((String) announced.get("endsAt")).plusHours(2).toInstant());
        WebSession later = WebSession.signedIn(port, guest.email(), PASSWORD);
        String after = later.get("/events/" + id).body();
        assertThat(after).contains("Over", "Rate ");
        later.post("/events/" + id + "/ratings", Map.of("_csrf", hidden(after, "_csrf"), "score", "5", "comment", "Great host"));

        assertThat(later.get("/events/" + id).body()).contains("rated", "5 of 5", "Great host", "★ 5.0 (1)");
        assertThat(WebSession.signedIn(port, host.email(), PASSWORD).get("/events").body())
                .contains("Your ratings:", "as host ★ 5.0 (1)");
    }
}
