package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.BrowserTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A weekly series from the booking form, on the room's day grid and in My bookings, and one occurrence
 * cancelled (issue 18); on a phone and on a desk. The application's clock stands at Monday 1 March 2027.
 */
class SeriesBrowserIT extends BrowserTest {

    @BeforeEach
    void firstOfMarch2027() {
        clock().set(Instant.parse("2027-03-01T07:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void a_member_books_a_weekly_series_sees_it_and_cancels_one_occurrence(int width) {
        page.setViewportSize(width, 800);
        long room = resource(site("Europe/Berlin"), "ROOM", 6);
        User member = member();
        signInAs(member.email(), PASSWORD);

        page.navigate("/book?resource=" + room + "&date=2027-03-15&start=09:00&end=09:30");
        Locator weekdays = page.locator(".repeat-weekly");
        assertThat(weekdays).isHidden();
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Stand-up");
        page.getByLabel("How often").selectOption("WEEKLY");
        assertThat(weekdays).isVisible();
        assertThat(weekdays.getByLabel("Mon", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        Locator thursdays = weekdays.getByLabel("Thu", new Locator.GetByLabelOptions().setExact(true));
        thursdays.check();
        assertThat(thursdays).isChecked();
        page.getByLabel("Times in all (2 to 100)").fill("4");
        noSidewaysScrolling();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)).click();
        page.waitForURL(url -> !url.contains("/book"));

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Occurrences booked: 4");

        // the room's week from the second Monday holds it on Monday and Thursday
        page.navigate("/resources/" + room + "?date=2027-03-22");
        assertThat(page.locator(".timeline-track .seg.mine")).hasCount(2);
        assertThat(page.locator(".week-day", new Page.LocatorOptions().setHasText("25 Mar"))
                .locator(".seg.mine")).containsText("09:00");

        page.navigate("/bookings");
        Locator series = page.locator(".booking-item", new Page.LocatorOptions().setHasText("Stand-up"));
        assertThat(series).hasCount(4);
        assertThat(series.first().locator(".badge.series")).hasText("Repeats");
        noSidewaysScrolling();
        Locator thursday = series.nth(1);
        assertThat(thursday).containsText("18");
        thursday.locator("summary").click();
        thursday.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("This one only")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Cancelled");
        Locator active = page.locator(".booking-item.status-CONFIRMED", new Page.LocatorOptions().setHasText("Stand-up"));
        assertThat(active).hasCount(3);
        assertThat(page.locator(".booking-item.status-CANCELLED", new Page.LocatorOptions().setHasText("Stand-up")))
                .not().hasCount(0);
    }

    private void noSidewaysScrolling() {
        org.assertj.core.api.Assertions.assertThat(
                (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    }
}
