package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.BrowserTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start page, my bookings and who is in, as a member and as an admin sees them. */
class DashboardBrowserIT extends BrowserTest {

    /** A zone where it is about nine in the morning now, so that bookings later today are allowed at any hour of the run. */
    private static final String MORNING = morningZone();

    @Test
    void a_member_sees_their_next_bookings_first_and_who_is_in_today_at_the_home_site_they_chose() {
        long site = namedSite(unique("Lisbon"));
        long room = namedResource(site, "ROOM", "Harbour", 8);
        long desk = namedResource(site, "DESK", "Desk 12", 1);
        User maya = person("Maya Berg");
        User tom = person("Tom Ito");
        book(maya, room, 3, 14, 0, 15, 0, "Quarterly review");
        book(maya, room, 0, 13, 0, 14, 0, "Design crit");
        book(tom, desk, 0, 10, 0, 17, 0, "Desk day");
        signInAs(maya.email(), PASSWORD);

        page.navigate("/?site=" + site);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("my home site")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("is your home site now");
        page.navigate("/");

        Locator upcoming = page.locator("section[aria-labelledby=upcoming-heading] .booking-item");
        assertThat(upcoming).hasCount(2);
        assertThat(upcoming.first()).containsText("Design crit");
        assertThat(upcoming.nth(1)).containsText("Quarterly review");
        Locator today = page.locator(".today-list li");
        assertThat(today).hasCount(2);
        assertThat(today.first()).containsText("Tom Ito");
        assertThat(today.first()).containsText("Desk 12");
        assertThat(today.nth(1)).containsText("Maya Berg");
        assertThat(page.getByText("This is your home site.")).isVisible();
    }

    @Test
    void an_admin_sees_how_many_bookings_wait_for_approval_and_where_to_decide() {
        long site = namedSite(unique("Porto"));
        long boardroom = resource(site, "ROOM", 12, true);
        book(member(), boardroom, 2, 10, 0, 11, 0, "Board meeting");
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);

        page.navigate("/");

        Locator callout = page.locator("a.approvals-callout");
        assertThat(callout).containsText("for your approval"); // "1 booking waits" or "3 bookings wait"
        assertThat(callout).hasAttribute("href", "/admin/approvals");
    }

    @Test
    void who_is_in_lists_people_by_name_with_what_they_booked_on_a_floor() {
        long site = namedSite(unique("Madrid"));
        long upstairs = floor(site, "1st floor");
        long downstairs = floor(site, "Ground floor");
        long desk = namedResource(site, upstairs, "DESK", "Desk 7", 1);
        long room = namedResource(site, upstairs, "ROOM", "Sol", 6);
        long lobbyDesk = namedResource(site, downstairs, "DESK", "Lobby desk", 1);
        User ana = person("Ana Ruiz");
        User ben = person("Ben Okafor");
        User cleo = person("Cleo Park");
        book(ana, desk, 1, 9, 0, 17, 0, "Desk day");
        book(ben, room, 1, 11, 0, 12, 0, "1:1");
        book(ana, room, 1, 14, 0, 15, 0, "Hiring sync");
        book(cleo, lobbyDesk, 1, 9, 0, 12, 0, "Desk day");
        signInAs(ben.email(), PASSWORD);

        page.navigate("/who?site=" + site + "&floor=" + upstairs + "&date=" + LocalDate.now(ZoneId.of(MORNING)).plusDays(1));

        Locator people = page.locator(".person");
        assertThat(people).hasCount(2);
        assertThat(people.first()).containsText("Ana Ruiz");
        assertThat(people.first()).containsText("Desk 7");
        assertThat(people.first()).containsText("Sol");
        assertThat(people.nth(1)).containsText("Ben Okafor");
        assertThat(people.nth(1)).containsText("(you)");
        assertThat(page.getByText("Cleo Park")).hasCount(0);
        assertThat(page.locator(".who-summary")).containsText("2 people · 1 desk · 2 rooms");
    }

    @Test
    void my_bookings_lists_what_is_ahead_and_cancels_one() {
        long site = namedSite(unique("Oslo"));
        long room = namedResource(site, "ROOM", "Fjord", 6);
        User member = person("Ola Nordmann");
        book(member, room, 2, 9, 0, 10, 0, "Planning");
        book(member, room, 4, 9, 0, 10, 0, "Retro");
        signInAs(member.email(), PASSWORD);

        page.navigate("/bookings");
        Locator cancel = page.locator(".booking-item", new Page.LocatorOptions().setHasText("Planning"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"));
        // Cancel asks first (issue 16, defect 11): "no" keeps the booking, "yes" cancels it
        String[] asked = new String[1];
        page.onceDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.dismiss();
        });
        cancel.click();
        org.assertj.core.api.Assertions.assertThat(asked[0]).startsWith("Cancel Fjord on ").endsWith("at 09:00?");
        assertThat(page.locator(".booking-item.status-CONFIRMED", new Page.LocatorOptions().setHasText("Planning")))
                .hasCount(1);
        page.onceDialog(dialog -> dialog.accept());
        cancel.click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/bookings$"));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Cancelled: Fjord");
        Locator upcoming = page.locator("section[aria-labelledby=upcoming-heading] .booking-item");
        assertThat(upcoming).hasCount(2);
        assertThat(upcoming.first()).containsText("Cancelled");
        assertThat(upcoming.first().getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(upcoming.nth(1)).containsText("Retro");

        // Undo, for a few minutes: the same time booked again
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Booked again: Fjord");
        assertThat(page.locator(".booking-item.status-CONFIRMED", new Page.LocatorOptions().setHasText("Planning")))
                .hasCount(1);
    }

    @Test
    void the_pages_fit_a_phone_screen() {
        long site = namedSite(unique("Tallinn"));
        long room = namedResource(site, "ROOM", "Kadriorg", 6);
        User member = person("Kadri Tamm");
        book(member, room, 1, 10, 0, 11, 0, "Standup");
        page.setViewportSize(390, 844);
        signInAs(member.email(), PASSWORD);

        for (String path : List.of("/", "/find?site=" + site, "/resources/" + room, "/bookings", "/who?site=" + site,
                "/book?resource=" + room)) {
            page.navigate(path);
            int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
            org.assertj.core.api.Assertions.assertThat(overflow).as("horizontal overflow on " + path).isLessThanOrEqualTo(0);
        }
        page.navigate("/find?site=" + site);
    }

    private long namedSite(String name) {
        var created = as(admin()).post("/api/v1/sites", Map.of("name", name, "timeZone", MORNING, "openingHours", List.of()));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long floor(long site, String name) {
        var created = as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", name, "level", 0));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long namedResource(long site, String kind, String name, int capacity) {
        return create(Map.of("siteId", site, "kind", kind, "name", name, "capacity", capacity));
    }

    private long namedResource(long site, long floor, String kind, String name, int capacity) {
        return create(Map.of("siteId", site, "floorId", floor, "kind", kind, "name", name, "capacity", capacity));
    }

    private long create(Map<String, Object> resource) {
        var created = as(admin()).post("/api/v1/resources", resource);
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private User person(String name) {
        String email = unique("person") + "@example.test";
        anonymous().post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", name));
        return signIn(email, PASSWORD);
    }

    private void book(User who, long resource, int daysAhead, int fromHour, int fromMinute, int toHour, int toMinute,
            String title) {
        var created = as(who).post("/api/v1/bookings", Map.of("resourceId", resource,
                "startsAt", at(MORNING, daysAhead, fromHour, fromMinute).toString(),
                "endsAt", at(MORNING, daysAhead, toHour, toMinute).toString(), "title", title, "attendees", 1));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** Etc/GMT zones count the other way round: Etc/GMT-3 is three hours ahead of UTC. */
    private static String morningZone() {
        int utcHour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(9 - utcHour + 12, 24) - 12;
        return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
    }
}
