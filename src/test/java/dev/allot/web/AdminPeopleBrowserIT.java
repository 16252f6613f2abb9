package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.Api;
import dev.allot.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** An admin manages people in the browser; the changes hold for the API at once. */
class AdminPeopleBrowserIT extends BrowserTest {

    @Test
    void a_member_made_viewer_in_the_people_page_can_no_longer_book() {
        User member = member();
        long room = room(4);
        assertThat(as(member).post("/api/v1/bookings", booking(room, at("Europe/Berlin", 1, 9, 0),
                at("Europe/Berlin", 1, 10, 0))).status()).as("a member books").isEqualTo(201);
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);

        Locator row = openRowOf(member);
        row.getByLabel("Role of Member " + member.email(), new Locator.GetByLabelOptions().setExact(true)).selectOption("VIEWER");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the role of Member " + member.email()))
                .click();

        // htmx replaces only this row, with the outcome in it
        assertThat(page.locator("#person-" + member.id())).containsText("is now Viewer");
        Api.Response refused = as(member).post("/api/v1/bookings", booking(room, at("Europe/Berlin", 1, 11, 0),
                at("Europe/Berlin", 1, 12, 0)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(as(admin()).get("/api/v1/users/" + member.id()).json().get("role").asString()).isEqualTo("VIEWER");
    }

    @Test
    void deactivating_a_person_asks_first_and_then_stops_their_access() {
        User member = member();
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);

        Locator row = openRowOf(member);
        row.getByText("Deactivate…").click();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, deactivate")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is deactivated");
        assertThat(page.locator("#person-" + member.id())).containsText("Deactivated");
        assertThat(as(member).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void an_admin_cannot_deactivate_themselves_and_is_told_why() {
        User admin = admin();
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);

        Locator row = openRowOf(admin);
        row.getByText("Deactivate…").click();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, deactivate")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("You cannot deactivate your own account.");
        assertThat(as(admin()).get("/api/v1/me").status()).isEqualTo(200);
    }

    /** The people list is paged by sign-up order; a person's page follows from their place in it. */
    private Locator openRowOf(User person) {
        long before = as(admin()).get("/api/v1/users?size=200").json().get("total").asLong();
        for (int pageNumber = 0; pageNumber * 50L < before + 50; pageNumber++) {
            page.navigate("/admin/people?page=" + pageNumber);
            Locator row = page.locator("#person-" + person.id());
            if (row.count() > 0) {
                return row;
            }
        }
        throw new AssertionError("Person " + person.id() + " is on no page of the people list");
    }
}
