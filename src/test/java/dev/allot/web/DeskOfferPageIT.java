package dev.allot.web;

import static dev.allot.web.WebSession.hidden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page a desk offer links to, over plain HTTP with a session: Accept books the desk. */
class DeskOfferPageIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void the_offer_page_shows_the_desk_held_with_accept_and_decline_and_accept_books_it() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(2);
        User holder = member();
        long booking = as(holder).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day.toString()))
                .json().get("id").asLong();
        User waiting = member();
        long presence = as(waiting).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString()))
                .json().get("id").asLong();
        as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of());
        WebSession web = WebSession.signedIn(port, waiting.email(), PASSWORD);

        String page = web.get("/desks/offers/" + presence).body();

        assertThat(page).contains("/desks/offers/" + presence + "/accept", "/desks/offers/" + presence + "/decline",
                "Held for you until");
        assertThat(WebSession.signedIn(port, member().email(), PASSWORD).get("/desks/offers/" + presence).statusCode())
                .isEqualTo(404);

        HttpResponse<String> accepted = web.post("/desks/offers/" + presence + "/accept",
                Map.of("_csrf", hidden(page, "_csrf")));

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(as(waiting).get("/api/v1/presence/" + presence).json().get("status").asString()).isEqualTo("BOOKED");
        assertThat(web.get("/desks/offers/" + presence).body()).contains("is booked for you")
                .doesNotContain("/desks/offers/" + presence + "/accept");
    }

    @Test
    void the_who_is_in_page_shows_guests_with_their_host_people_in_without_a_desk_and_free_desks() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        resource(site, "DESK", 1);
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(1);
        User host = member();
        as(host).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day.toString(),
                "guest", Map.of("name", "Ann Lee")));
        User present = member();
        as(present).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString(), "waitForDesk", false));

        String page = WebSession.signedIn(port, member().email(), PASSWORD).get("/who?site=" + site + "&date=" + day)
                .body();

        assertThat(page).contains("Ann Lee", "guest of Member " + host.email(), "In without a desk",
                "Member " + present.email(), "1 desk free");
    }
}
