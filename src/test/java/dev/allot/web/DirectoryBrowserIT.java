package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An admin runs the directory on a phone: adds a person, finds them by part of the name, removes them. */
class DirectoryBrowserIT extends BrowserTest {

    @Test
    void an_admin_adds_finds_and_removes_a_person_on_a_phone() {
        String team = unique("Team");
        String name = "Анна " + team;
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.setViewportSize(360, 780);
        page.navigate("/admin/people");

        page.getByText("Add a person…").click();
        page.getByLabel("Full name").first().fill(name);
        page.getByLabel("Team").first().fill(team);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add person"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText(name + " is added");
        JsonNode added = as(admin()).get("/api/v1/people?team=" + team).json().get("items").get(0);
        long id = added.get("id").asLong();
        assertThat(added.get("email").isNull()).isTrue();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at 360 px").isTrue();

        page.getByRole(AriaRole.SEARCHBOX).fill("АННА " + team.toUpperCase());
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Search")).click();
        Locator row = page.locator("#person-" + id);
        assertThat(row).containsText(name);
        assertThat(page.locator("table.people caption")).hasText("One person");

        row.getByText("Deactivate…").click();
        assertThat(row).containsText("current and future bookings are cancelled");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, deactivate")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("is deactivated");
        assertThat(page.locator("#person-" + id)).containsText("Deactivated");
        assertThat(as(admin()).get("/api/v1/people/" + id).json().get("active").asBoolean()).isFalse();
        assertThat(as(member()).get("/api/v1/people/" + id).status()).isEqualTo(404);
    }
}
