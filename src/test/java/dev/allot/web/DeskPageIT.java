package dev.allot.web;

import static dev.allot.web.WebSession.hidden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The members' desk page over plain HTTP: the list where there is no plan, and refusals as messages. */
class DeskPageIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void desks_without_a_plan_are_listed_by_floor_with_a_book_button_that_books_the_day() {
        long site = site(ZONE);
        long floor = as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", "Floor 4", "level", 4))
                .json().get("id").asLong();
        long onFloor = desk(site, floor, "Desk 4-001");
        long unplaced = resource(site, "DESK", 1);
        LocalDate day = today().plusDays(1);
        User me = member();
        WebSession web = WebSession.signedIn(port, me.email(), PASSWORD);

        String page = web.get("/desks?site=" + site + "&date=" + day).body();

        assertThat(page).contains("Floor 4", "Desk 4-001 · free, book it", "Without a floor", "Desks free: 2 of 2")
                .contains("name=\"resourceId\" value=\"" + onFloor + "\"", "name=\"resourceId\" value=\"" + unplaced + "\"")
                .doesNotContain("class=\"floor-plan\"");

        HttpResponse<String> booked = web.post("/desks/book", Map.of("_csrf", hidden(page, "_csrf"),
                "site", String.valueOf(site), "date", day.toString(), "resourceId", String.valueOf(onFloor)));

        assertThat(booked.statusCode()).isEqualTo(302);
        assertThat(booked.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/desks?site=" + site, "date=" + day));
        String after = web.get("/desks?site=" + site + "&date=" + day).body();
        assertThat(after).contains("Desk 4-001 is booked for you on", "Desk 4-001 · yours", "Desks free: 1 of 2",
                "data-booking-id=");
        assertThat(as(me).get("/api/v1/me/desk-days").json().toString()).contains("Desk 4-001");
    }

    @Test
    void a_desk_someone_else_booked_first_is_refused_with_a_message_and_the_page_still_works() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        LocalDate day = today().plusDays(2);
        User me = member();
        WebSession web = WebSession.signedIn(port, me.email(), PASSWORD);
        String page = web.get("/desks?site=" + site + "&date=" + day).body();
        User faster = member();
        assertThat(as(faster).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day.toString())).status())
                .isEqualTo(201);

        HttpResponse<String> refused = web.post("/desks/book", Map.of("_csrf", hidden(page, "_csrf"),
                "site", String.valueOf(site), "date", day.toString(), "resourceId", String.valueOf(desk)));

        assertThat(refused.statusCode()).isEqualTo(302);
        String after = web.get("/desks?site=" + site + "&date=" + day).body();
        assertThat(after).contains("is taken on", "by Member " + faster.email(), "role=\"alert\"",
                "Desks free: 0 of 1", "No desk is free on this day.", "Join the waiting list");
    }

    @Test
    void when_the_office_is_full_one_joins_the_line_and_sees_ones_place_and_a_guest_needs_a_name() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        LocalDate day = today().plusDays(3);
        as(member()).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day.toString()));
        User me = member();
        WebSession web = WebSession.signedIn(port, me.email(), PASSWORD);
        String page = web.get("/desks?site=" + site + "&date=" + day).body();

        web.post("/desks/join", Map.of("_csrf", hidden(page, "_csrf"), "site", String.valueOf(site),
                "date", day.toString(), "wait", "true"));
        String joined = web.get("/desks?site=" + site + "&date=" + day).body();
        web.post("/desks/book", Map.of("_csrf", hidden(page, "_csrf"), "site", String.valueOf(site),
                "date", day.toString(), "forGuest", "true", "guestName", " "));
        String noName = web.get("/desks?site=" + site + "&date=" + day).body();

        assertThat(joined).contains("You are on the waiting list, no. 1 in line", "You are no. 1 in line for a desk.",
                "1 person waiting", "Leave the waiting list");
        assertThat(noName).contains("Enter your guest", "s name.");
    }

    @Test
    void the_owner_of_a_fixed_desk_releases_it_for_a_day_and_a_colleague_then_books_it() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User owner = member();
        assertThat(as(admin()).put("/api/v1/desks/" + desk + "/fixed", Map.of("userId", owner.id())).status())
                .isEqualTo(200);
        LocalDate day = today().plusDays(2);
        WebSession web = WebSession.signedIn(port, owner.email(), PASSWORD);
        String page = web.get("/desks?site=" + site + "&date=" + day).body();
        assertThat(page).contains("My own desk", "Release it on");
        User colleague = member();
        assertThat(as(colleague).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day.toString())).status())
                .as("fixed before the release").isEqualTo(422);

        web.post("/desks/fixed/" + desk + "/release", Map.of("_csrf", hidden(page, "_csrf"), "site", String.valueOf(site),
                "date", day.toString()));

        assertThat(web.get("/desks?site=" + site + "&date=" + day).body()).contains("Released on");
        assertThat(as(colleague).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day.toString())).status())
                .isEqualTo(201);
    }

    @Test
    void a_day_past_the_horizon_shows_the_last_bookable_day_and_a_site_without_desks_says_so() {
        long site = site(ZONE);
        User me = member();
        WebSession web = WebSession.signedIn(port, me.email(), PASSWORD);

        HttpResponse<String> far = web.get("/desks?site=" + site + "&date=" + today().plusDays(400));

        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(far.body()).contains("value=\"" + today().plusDays(14) + "\"", "This site has no desks.");
    }

    @Test
    void an_admin_sets_the_desk_policy_and_gives_and_takes_a_fixed_desk_on_the_sites_desk_settings() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User owner = member();
        WebSession web = WebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = web.get("/admin/sites/" + site + "/desks").body();
        String csrf = hidden(page, "_csrf");
        String base = "/admin/sites/" + site + "/desks";

        web.post(base + "/policy", Map.of("_csrf", csrf, "guestsPerHost", "lots"));
        String badNumber = web.get(base).body();
        web.post(base + "/policy", Map.of("_csrf", csrf, "guestsPerHost", "5", "autoAssign", "true"));
        String saved = web.get(base).body();
        web.post(base + "/fixed", Map.of("_csrf", csrf, "desk", String.valueOf(desk), "owner", String.valueOf(owner.id())));
        String assigned = web.get(base).body();

        assertThat(badNumber).contains("Enter a whole number from 0 to 100.");
        assertThat(saved).contains("The desk policy is saved.", "value=\"5\"");
        assertThat(as(admin()).get("/api/v1/sites/" + site + "/desk-policy").json().toString())
                .contains("\"guestsPerHost\":5", "\"autoAssign\":true");
        assertThat(assigned).contains("is now the fixed desk of Member " + owner.email(), "/fixed/" + desk + "/remove");
        assertThat(as(admin()).get("/api/v1/sites/" + site + "/fixed-desks").json().toString())
                .contains("\"owner\":" + owner.id());

        web.post(base + "/fixed/" + desk + "/remove", Map.of("_csrf", csrf));

        assertThat(web.get(base).body()).contains("s fixed desk now", "No fixed desks at this site.");
        assertThat(WebSession.signedIn(port, owner.email(), PASSWORD).get(base).statusCode()).isEqualTo(403);
    }

    private static LocalDate today() {
        return LocalDate.now(clock().withZone(ZoneId.of(ZONE)));
    }

    private long desk(long site, long floor, String name) {
        var desk = as(admin()).post("/api/v1/resources", Map.of("siteId", site, "floorId", floor,
                "kind", "DESK", "name", name, "capacity", 1));
        assertThat(desk.status()).as(desk.toString()).isEqualTo(201);
        return desk.json().get("id").asLong();
    }
}
