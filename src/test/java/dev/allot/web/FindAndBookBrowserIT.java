package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.BrowserTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A member finds a space and books it; what goes wrong is explained where it happened, in their language. */
class FindAndBookBrowserIT extends BrowserTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_newcomer_finds_a_room_with_a_projector_for_six_books_it_sees_it_on_the_dashboard_and_cancels_it() {
        long site = site(ZONE);
        long fitting = resource(site, "ROOM", 8, "projector", "whiteboard");
        long tooSmall = resource(site, "ROOM", 4, "projector");
        long noProjector = resource(site, "ROOM", 10, "whiteboard");
        LocalDate day = LocalDate.now(ZoneId.of(ZONE)).plusDays(2);
        String email = unique("finder") + "@example.test";

        page.navigate("/signup");
        page.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true)).fill("Fiona Finder");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
        page.getByText("Sign out").click();
        signInAs(email, PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find a space").setExact(true)).first().click();
        page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(site));
        page.getByLabel("People (at least)", new Page.GetByLabelOptions().setExact(true)).fill("6");
        page.getByLabel("Projector", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill("10:00");
        page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill("11:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();

        assertThat(resultCard(noProjector)).hasCount(0);
        assertThat(resultCard(tooSmall)).hasCount(0);
        assertThat(resultCard(fitting)).isVisible();
        resultCard(fitting).locator("a[role=button]").click();

        assertThat(page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))).hasValue("10:00");
        assertThat(page.getByLabel("End", new Page.GetByLabelOptions().setExact(true))).hasValue("11:00");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Sprint planning");
        page.getByLabel("People", new Page.GetByLabelOptions().setExact(true)).fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Booked:");
        Locator upcoming = page.locator(".booking-list").first();
        assertThat(upcoming).containsText("Sprint planning");
        assertThat(upcoming).containsText("10:00–11:00");
        page.onceDialog(dialog -> dialog.accept()); // Cancel asks first
        page.locator(".booking-item", new Page.LocatorOptions().setHasText("Sprint planning"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Cancelled:");
        assertThat(page.getByText("Sprint planning")).hasCount(0);
    }

    @Test
    void a_conflicting_booking_is_explained_next_to_the_times_and_the_typed_title_is_kept() {
        long room = resource(site(ZONE), "ROOM", 6);
        LocalDate day = LocalDate.now(ZoneId.of(ZONE)).plusDays(3);
        var taken = as(member()).post("/api/v1/bookings", booking(room, at(ZONE, 3, 10, 0), at(ZONE, 3, 11, 0)));
        org.assertj.core.api.Assertions.assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        User member = member();
        signInAs(member.email(), PASSWORD);

        page.navigate("/book?resource=" + room + "&date=" + day + "&start=10:30&end=11:30");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Retro");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)).click();

        assertThat(page.locator("#start-error")).containsText("is already booked from 10:00 to 11:00");
        assertThat(page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-describedby", "start-error");
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).hasValue("Retro");
        assertThat(page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))).hasValue("10:30");

        page.locator("#day-timeline a.seg-link[data-start='11:00']").click();
        assertThat(page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))).hasValue("11:00");
        assertThat(page.getByLabel("End", new Page.GetByLabelOptions().setExact(true))).hasValue("12:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("11:00–12:00");
        assertThat(page.locator(".booking-list")).containsText("Retro");
    }

    @Test
    void changing_the_day_on_the_booking_form_shows_that_days_timeline() {
        long room = resource(site(ZONE), "ROOM", 6);
        as(member()).post("/api/v1/bookings", booking(room, at(ZONE, 4, 12, 0), at(ZONE, 4, 13, 0)));
        User member = member();
        signInAs(member.email(), PASSWORD);
        page.navigate("/book?resource=" + room + "&date=" + LocalDate.now(ZoneId.of(ZONE)).plusDays(3));
        assertThat(page.locator("#day-timeline .seg.busy")).hasCount(0);

        page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true))
                .fill(LocalDate.now(ZoneId.of(ZONE)).plusDays(4).toString());

        assertThat(page.locator("#day-timeline .seg.busy")).hasCount(1);
        assertThat(page.locator("#day-timeline .seg.busy")).containsText("12:00");
    }

    @Test
    void a_viewer_sees_spaces_and_their_times_but_no_booking_controls() {
        long site = site(ZONE);
        long room = resource(site, "ROOM", 6, "screen");
        as(member()).post("/api/v1/bookings", booking(room, at(ZONE, 1, 9, 0), at(ZONE, 1, 10, 0)));
        User viewer = viewer();
        signInAs(viewer.email(), PASSWORD);

        page.navigate("/find?site=" + site + "&date=" + LocalDate.now(ZoneId.of(ZONE)).plusDays(1));
        assertThat(resultCard(room)).isVisible();
        assertThat(resultCard(room).locator(".seg.busy")).hasCount(1);
        assertThat(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Book"))).hasCount(0);
        assertThat(page.locator("main a[href*='/book?']")).hasCount(0);

        page.navigate("/resources/" + room);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        assertThat(page.locator("main a[href*='/book?']")).hasCount(0);
        assertThat(page.getByText("Book this")).hasCount(0);
    }

    @Test
    void in_russian_the_find_page_and_a_broken_rule_speak_russian() {
        long site = site(ZONE);
        long room = resource(site, "ROOM", 4, "projector");
        User member = member();
        signInAs(member.email(), PASSWORD);

        page.navigate("/find?lang=ru&site=" + site);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Найти место");
        assertThat(page.getByLabel("Людей (не меньше)", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(page.getByLabel("Проектор", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(resultCard(room)).containsText("до 4 чел.");

        page.navigate("/book?resource=" + room + "&date=" + LocalDate.now(ZoneId.of(ZONE)).plusDays(2)
                + "&start=09:00&end=10:00");
        page.getByLabel("Участников", new Page.GetByLabelOptions().setExact(true)).fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Забронировать").setExact(true)).click();

        assertThat(page.locator("#attendees-error")).containsText("вмещает не более 4 чел.");
        assertThat(page.getByLabel("Участников", new Page.GetByLabelOptions().setExact(true))).hasValue("10");
    }

    /** Also the picture of the find page for the README (copied from target/screenshots to docs/images). */
    @Test
    void the_find_page_shows_each_room_with_its_booked_waiting_and_free_times() {
        long site = namedSite("Berlin Mitte");
        long ground = floor(site, "Ground floor", 0);
        long second = floor(site, "2nd floor", 2);
        long aurora = namedRoom(site, second, "Aurora", 10, false, "projector", "video-conference", "whiteboard");
        long birch = namedRoom(site, ground, "Birch", 4, false, "screen", "whiteboard");
        long cedar = namedRoom(site, second, "Cedar", 6, false, "projector", "screen");
        long delta = namedRoom(site, second, "Delta boardroom", 14, true, "projector", "video-conference");
        long focus = namedRoom(site, ground, "Focus booth", 1, false, "screen");
        int ahead = daysToNextWeekday();
        User maya = person("Maya Berg");
        User colleague = member();
        book(colleague, aurora, ahead, 9, 0, 10, 30);
        book(maya, aurora, ahead, 13, 0, 14, 0);
        book(colleague, aurora, ahead, 16, 0, 17, 30);
        book(colleague, birch, ahead, 8, 30, 9, 30);
        book(colleague, birch, ahead, 11, 0, 12, 0);
        book(colleague, birch, ahead, 15, 0, 16, 0);
        book(colleague, cedar, ahead, 10, 0, 12, 30);
        book(colleague, delta, ahead, 14, 0, 16, 0);
        book(colleague, focus, ahead, 9, 0, 11, 0);
        book(colleague, focus, ahead, 12, 0, 13, 0);
        signInAs(maya.email(), PASSWORD);

        page.navigate("/find?site=" + site + "&kind=ROOM&date=" + LocalDate.now(ZoneId.of(ZONE)).plusDays(ahead));

        assertThat(page.locator(".resource-card")).hasCount(5);
        assertThat(resultCard(aurora).locator(".seg.busy")).hasCount(3);
        assertThat(resultCard(aurora).locator(".seg.busy.mine")).hasCount(1);
        assertThat(resultCard(delta).locator(".seg.pending")).hasCount(1);
        assertThat(resultCard(birch).locator(".seg.free a")).hasCount(4);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots", "find-a-space.png"))
                .setFullPage(true));

        page.getByLabel("Floor", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(ground));
        assertThat(page.locator(".resource-card")).hasCount(2);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*floor=" + ground + ".*"));

        page.navigate("/resources/" + aurora);
        assertThat(page.locator(".week-day")).hasCount(7);
        assertThat(page.locator(".week-day .seg.closed")).hasCount(2); // Saturday and Sunday
        assertThat(page.locator(".week-day .seg.busy.mine")).hasCount(1);
    }

    private long namedSite(String name) {
        var hours = java.util.stream.Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                .map(day -> Map.of("day", day, "opens", "08:00", "closes", "19:00")).toList();
        var created = as(admin()).post("/api/v1/sites", Map.of("name", name, "timeZone", ZONE, "openingHours", hours));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long floor(long site, String name, int level) {
        var created = as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", name, "level", level));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long namedRoom(long site, long floor, String name, int capacity, boolean approval, String... amenities) {
        var created = as(admin()).post("/api/v1/resources", Map.of("siteId", site, "floorId", floor, "kind", "ROOM",
                "name", name, "capacity", capacity, "amenities", List.of(amenities), "requiresApproval", approval));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private User person(String name) {
        String email = unique("person") + "@example.test";
        anonymous().post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", name));
        return signIn(email, PASSWORD);
    }

    private void book(User who, long resource, int daysAhead, int fromHour, int fromMinute, int toHour, int toMinute) {
        var created = as(who).post("/api/v1/bookings", Map.of("resourceId", resource,
                "startsAt", at(ZONE, daysAhead, fromHour, fromMinute).toString(),
                "endsAt", at(ZONE, daysAhead, toHour, toMinute).toString(), "title", "Team meeting", "attendees", 1));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** Days from today to the next Monday to Friday, at least one, so that the whole day is ahead. */
    private static int daysToNextWeekday() {
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        int ahead = 1;
        while (today.plusDays(ahead).getDayOfWeek().getValue() > 5) {
            ahead++;
        }
        return ahead;
    }

    private Locator resultCard(long resourceId) {
        return page.locator(".resource-card:has(a[href^='/resources/" + resourceId + "?'])");
    }
}
