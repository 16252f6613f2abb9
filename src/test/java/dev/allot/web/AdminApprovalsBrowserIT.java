package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.Api;
import dev.allot.testing.BrowserTest;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin decides on other people's bookings in the browser; the people see the outcome over the API. */
class AdminApprovalsBrowserIT extends BrowserTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void an_admin_approves_a_pending_booking_and_cancels_someone_elses_booking_with_a_reason() {
        long siteId = site(ZONE);
        long approvalRoom = resource(siteId, "ROOM", 6, true);
        long plainRoom = resource(siteId, "ROOM", 6, false);
        User asker = member();
        User booker = member();
        String pendingTitle = unique("Board review");
        String confirmedTitle = unique("Team sync");
        long pending = book(asker, approvalRoom, pendingTitle, at(ZONE, 3, 10, 0), at(ZONE, 3, 11, 0), "PENDING");
        long confirmed = book(booker, plainRoom, confirmedTitle, at(ZONE, 3, 14, 0), at(ZONE, 3, 15, 30), "CONFIRMED");

        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approvals").setExact(true)).click();
        Locator card = page.locator("#booking-" + pending);
        assertThat(card).containsText(pendingTitle);
        assertThat(card).containsText("Member " + asker.email());
        assertThat(card).containsText("10:00–11:00");
        assertThat(card).containsText(ZONE);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Approved: " + pendingTitle);
        assertThat(page.locator("#booking-" + pending)).hasCount(0);
        assertThat(statusOf(asker, pending)).isEqualTo("CONFIRMED");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bookings").setExact(true)).click();
        page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(siteId));
        page.getByLabel("Day").fill(at(ZONE, 3, 0, 0).toLocalDate().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        Locator row = page.locator("#booking-" + confirmed);
        assertThat(row).containsText(confirmedTitle);
        assertThat(row).containsText("14:00–15:30");
        row.locator("summary").click();
        row.getByLabel("Reason (the person will see it)").fill("The room is needed for a fire drill");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel booking")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Cancelled: " + confirmedTitle);
        assertThat(page.locator("#booking-" + confirmed)).hasCount(0);
        Api.Response seenByBooker = as(booker).get("/api/v1/bookings/" + confirmed);
        assertThat(seenByBooker.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(seenByBooker.json().get("reason").asString()).isEqualTo("The room is needed for a fire drill");
    }

    @Test
    void an_admin_rejects_a_pending_booking_with_a_reason_the_person_then_sees() {
        long room = resource(site(ZONE), "ROOM", 4, true);
        User asker = member();
        String title = unique("Offsite planning");
        long pending = book(asker, room, title, at(ZONE, 5, 9, 0), at(ZONE, 5, 10, 0), "PENDING");

        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/approvals");
        Locator card = page.locator("#booking-" + pending);
        card.locator("summary").click();
        card.getByLabel("Reason (the person will see it)").fill("Please use the bigger room");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject booking")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Rejected: " + title);
        Api.Response seen = as(asker).get("/api/v1/bookings/" + pending);
        assertThat(seen.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(seen.json().get("reason").asString()).isEqualTo("Please use the bigger room");
    }

    @Test
    void cancelling_without_a_reason_is_explained_and_changes_nothing() {
        long siteId = site(ZONE);
        long room = resource(siteId, "ROOM", 4);
        User booker = member();
        long booking = book(booker, room, unique("Standup"), at(ZONE, 2, 9, 0), at(ZONE, 2, 9, 30), "CONFIRMED");

        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/bookings?siteId=" + siteId);
        Locator row = page.locator("#booking-" + booking);
        row.locator("summary").click();
        // Without the browser's own check, as a script or an old browser would send it.
        row.locator("textarea").evaluate("t => t.removeAttribute('required')");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel booking")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please give a reason");
        assertThat(statusOf(booker, booking)).isEqualTo("CONFIRMED");
    }

    private long book(User who, long resourceId, String title, OffsetDateTime start, OffsetDateTime end,
            String expectedStatus) {
        Api.Response booked = as(who).post("/api/v1/bookings", Map.of("resourceId", resourceId,
                "startsAt", start.toString(), "endsAt", end.toString(), "title", title, "attendees", 2));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.json().get("status").asString()).isEqualTo(expectedStatus);
        return booked.json().get("id").asLong();
    }

    private String statusOf(User who, long bookingId) {
        return as(who).get("/api/v1/bookings/" + bookingId).json().get("status").asString();
    }
}
