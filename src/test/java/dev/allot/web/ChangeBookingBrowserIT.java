package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** A member moves their booking from "My bookings"; a clash is explained next to the times. */
class ChangeBookingBrowserIT extends BrowserTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_member_changes_their_booking_from_my_bookings_and_a_clash_is_explained_first() {
        long room = resource(site(ZONE), "ROOM", 6);
        as(member()).post("/api/v1/bookings", booking(room, at(ZONE, 2, 14, 0), at(ZONE, 2, 15, 0)));
        User member = member();
        var mine = as(member).post("/api/v1/bookings", java.util.Map.of("resourceId", room,
                "startsAt", at(ZONE, 2, 10, 0).toString(), "endsAt", at(ZONE, 2, 11, 0).toString(),
                "title", "Weekly sync", "attendees", 2));
        org.assertj.core.api.Assertions.assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
        signInAs(member.email(), PASSWORD);

        page.navigate("/bookings");
        page.locator(".booking-item", new Page.LocatorOptions().setHasText("Weekly sync"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change")).click();

        assertThat(page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))).hasValue("10:00");
        assertThat(page.getByLabel("End", new Page.GetByLabelOptions().setExact(true))).hasValue("11:00");
        assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).hasValue("Weekly sync");
        page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true)).fill("14:30");
        page.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill("15:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        assertThat(page.locator("#start-error")).containsText("is already booked from 14:00 to 15:00");
        assertThat(page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))).hasValue("14:30");

        page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true)).fill("16:00");
        page.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill("17:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Changed:");
        assertThat(page.locator(".booking-item", new Page.LocatorOptions().setHasText("Weekly sync")))
                .containsText("16:00–17:00");
    }
}
