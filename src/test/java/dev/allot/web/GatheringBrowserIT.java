package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.BrowserTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A film evening on a phone: the host announces it, a guest asks, the host accepts, they talk in the chat
 * (a message appears without reloading), and after the end the guest rates the host.
 */
class GatheringBrowserIT extends BrowserTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void host_publishes_guest_asks_host_accepts_they_chat_and_the_guest_rates_the_host_at_360_px() {
        User host = member();
        User guest = member();
        page.setViewportSize(360, 780);
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(3);

        signInAs(host.email(), PASSWORD);
        page.navigate("/events");
        fitsTheScreen();
        page.locator("a[href='/events/new']").click();
        page.getByLabel("Title", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("Stalker on Friday");
        page.getByLabel("Title of the film").fill("Stalker");
        page.getByLabel("Year").fill("1979");
        page.getByLabel("Day").fill(day.toString());
        page.getByLabel("Start").fill("19:00");
        page.getByLabel("End").fill("21:30");
        page.locator("#timeZone").selectOption(ZONE);
        page.getByLabel("Place").fill("The kitchen");
        page.getByLabel("Seats for guests").fill("3");
        fitsTheScreen();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();

        assertThat(page.locator("h1")).hasText("Stalker on Friday");
        assertThat(page.locator(".status")).containsText("Open for requests");
        assertThat(page.locator(".when")).containsText("19:00–21:30 (Europe/Berlin)");
        String eventUrl = page.url();
        long id = Long.parseLong(eventUrl.substring(eventUrl.lastIndexOf('/') + 1));
        fitsTheScreen();

        switchTo(guest);
        page.navigate(eventUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to join")).click();
        assertThat(page.locator(".notice[role=status]")).containsText("You asked to join");

        switchTo(host);
        page.navigate(eventUrl);
        assertThat(page.locator("#people")).containsText("Asked to join");
        page.locator("#people button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Accept")).click();
        assertThat(page.locator(".notice[role=status]")).containsText("Accepted");
        fitsTheScreen();

        switchTo(guest);
        page.navigate(eventUrl);
        assertThat(page.locator("#my-part")).containsText("You have a seat.");
        page.locator("#chat-text").fill("Shall I bring popcorn?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(page.locator("#chat-messages")).containsText("Shall I bring popcorn?");
        as(host).post("/api/v1/events/" + id + "/messages", Map.of("text", "Yes, salted please"));
        // the chat refreshes itself: no reload since the message was sent
        assertThat(page.locator("#chat-messages")).containsText("Yes, salted please",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(12_000));
        fitsTheScreen();

        clock().set(OffsetDateTime.parse(day + "T23:00:00+01:00").toInstant());
        page.reload();
        assertThat(page.locator(".status")).containsText("Over");
        page.locator("#ratings input[name=score][value='5']").check();
        page.locator("#ratings input[name=comment]").fill("A lovely evening");
        page.locator("#ratings button[type=submit]").first().click();
        assertThat(page.locator("#ratings")).containsText("5 of 5");
        assertThat(page.locator("#ratings")).containsText("A lovely evening");
        fitsTheScreen();
    }

    private void switchTo(User user) {
        page.context().clearCookies();
        signInAs(user.email(), PASSWORD);
    }

    private void fitsTheScreen() {
        Object wider = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                        .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).slice(0, 5).join(', ')""");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the screen at " + page.url() + ": " + wider).isTrue();
    }
}
