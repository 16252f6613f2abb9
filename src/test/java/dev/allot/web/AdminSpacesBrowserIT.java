package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import dev.allot.testing.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An admin sets up a place to book in the browser: a site with its hours, a floor, a resource and its photo. */
class AdminSpacesBrowserIT extends BrowserTest {

    @Test
    void an_admin_creates_a_site_with_opening_hours_a_floor_and_a_resource_with_a_photo() throws IOException {
        String siteName = unique("Harbour office");
        String roomName = unique("Lighthouse room");
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);

        page.navigate("/admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sites").setExact(true)).click();
        page.getByText("New site").click();
        page.getByLabel("Name").fill(siteName);
        page.getByLabel("Address").fill("Quay 1, Hamburg");
        page.getByLabel("Time zone").selectOption("Europe/Berlin");
        page.getByLabel("Opening hours per weekday").check();
        page.getByLabel("Closed on Saturday").uncheck();
        page.getByLabel("Opens on Saturday").fill("10:00");
        page.getByLabel("Closes on Saturday").fill("14:00");
        page.getByLabel("Closes on Friday").fill("16:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create site")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Site " + siteName + " is created.");
        long siteId = Long.parseLong(page.url().replaceAll(".*/admin/sites/(\\d+).*", "$1"));
        JsonNode site = as(admin()).get("/api/v1/sites/" + siteId).json();
        assertThat(site.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(site.get("address").asString()).isEqualTo("Quay 1, Hamburg");
        assertThat(site.get("openingHours")).hasSize(6);
        assertThat(site.get("openingHours").toString())
                .contains("{\"day\":\"FRIDAY\",\"opens\":\"08:00\",\"closes\":\"16:00\"}")
                .contains("{\"day\":\"SATURDAY\",\"opens\":\"10:00\",\"closes\":\"14:00\"}")
                .doesNotContain("SUNDAY");
        assertThat(page.getByLabel("Closed on Sunday")).isChecked();

        page.getByLabel("Floor name").fill("Ground floor");
        page.getByLabel("Level").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add floor")).click();
        assertThat(page.locator("#floors")).containsText("Ground floor");

        // Opened for this site (as the site page's link does), so the floor list is this site's from the
        // start; another test's site may also have a "Ground floor", and htmx's reload of the list when
        // the site changes would race with choosing a floor.
        page.navigate("/admin/resources/new?siteId=" + siteId);
        assertThat(page.getByLabel("Site")).hasValue(String.valueOf(siteId));
        page.getByLabel("Floor", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Ground floor"));
        page.getByLabel("Kind").selectOption("ROOM");
        page.getByLabel("Name").fill(roomName);
        page.getByLabel("Capacity").fill("8");
        page.getByLabel("Projector").check();
        page.getByLabel("Whiteboard").check();
        page.getByLabel("Other amenities").fill("coffee machine, sofa");
        page.getByLabel("Description").fill("Looks over the harbour.");
        page.getByLabel("Bookings need an admin's approval").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create resource")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Resource " + roomName + " is created.");
        long resourceId = Long.parseLong(page.url().replaceAll(".*/admin/resources/(\\d+).*", "$1"));
        JsonNode resource = as(admin()).get("/api/v1/resources/" + resourceId).json();
        assertThat(resource.get("floorName").asString()).isEqualTo("Ground floor");
        assertThat(resource.get("capacity").asInt()).isEqualTo(8);
        assertThat(resource.get("requiresApproval").asBoolean()).isTrue();
        assertThat(resource.get("amenities").toString())
                .contains("projector", "whiteboard", "coffee-machine", "sofa");

        byte[] png = AdminPhotoIT.png(120, 80);
        page.getByLabel("Picture file").setInputFiles(new FilePayload("room.png", "image/png", png));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload photo")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The photo is saved.");
        Locator photo = page.getByAltText("Photo of " + roomName);
        assertThat(photo).isVisible();
        assertThat((Integer) photo.evaluate("img => img.naturalWidth")).isEqualTo(120);
        String photoUrl = as(admin()).get("/api/v1/resources/" + resourceId).json().get("photoUrl").asString();
        APIResponse served = page.request().get(photoUrl);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers().get("content-type")).isEqualTo("image/png");
        assertThat(served.body()).isEqualTo(png);

        page.navigate("/admin/resources?siteId=" + siteId);
        assertThat(page.getByRole(AriaRole.TABLE)).containsText(roomName);
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Ground floor");
    }

    @Test
    void a_text_file_named_png_and_a_file_over_five_megabytes_are_refused_with_a_friendly_message() throws IOException {
        long resourceId = room(2);
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/resources/" + resourceId);

        page.getByLabel("Picture file").setInputFiles(new FilePayload("notes.png", "image/png",
                "shopping list: milk, bread\n".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload photo")).click();
        assertThat(page.locator("#photo").getByRole(AriaRole.ALERT))
                .containsText("This file is not a JPEG, PNG or WebP picture.");

        byte[] huge = Arrays.copyOf(AdminPhotoIT.png(8, 8), 6 * 1024 * 1024);
        page.getByLabel("Picture file").setInputFiles(new FilePayload("huge.png", "image/png", huge));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload photo")).click();
        assertThat(page.locator("#photo").getByRole(AriaRole.ALERT)).containsText("The file is larger than 5 MB.");
        assertThat(page.getByText("No photo yet.")).isVisible();
    }

    @Test
    void a_photo_far_over_the_limit_is_refused_with_the_same_friendly_message() throws IOException {
        long resourceId = room(2);
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/resources/" + resourceId);

        byte[] huge = Arrays.copyOf(AdminPhotoIT.png(8, 8), 20 * 1024 * 1024);
        page.getByLabel("Picture file").setInputFiles(new FilePayload("camera-raw.png", "image/png", huge));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload photo")).click();

        assertThat(page.locator("#photo").getByRole(AriaRole.ALERT)).containsText("The file is larger than 5 MB.");
    }

    @Test
    void a_site_that_still_has_resources_cannot_be_deleted_and_the_page_says_why() {
        long siteId = site("Europe/Lisbon");
        resource(siteId, "DESK", 1);
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);

        page.navigate("/admin/sites/" + siteId);
        page.getByText("Delete site…").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("This site still has resources.");
        assertThat(as(admin()).get("/api/v1/sites/" + siteId).status()).isEqualTo(200);
    }

    @Test
    void a_resource_with_bookings_cannot_be_deleted_and_the_admin_deactivates_it_instead() {
        long siteId = site("Europe/Berlin");
        long resourceId = resource(siteId, "ROOM", 4);
        var booked = as(member()).post("/api/v1/bookings", booking(resourceId, at("Europe/Berlin", 1, 9, 0),
                at("Europe/Berlin", 1, 10, 0)));
        assertThat(booked.status()).isEqualTo(201);
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);

        page.navigate("/admin/resources/" + resourceId);
        page.getByText("Delete resource…").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Deactivate it instead");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate instead")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is deactivated");
        assertThat(as(admin()).get("/api/v1/resources/" + resourceId).json().get("active").asBoolean()).isFalse();
    }

    @Test
    void the_admin_pages_fit_a_phone_screen() {
        long siteId = site("Asia/Tokyo");
        resource(siteId, "ROOM", 4);
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.setViewportSize(390, 844);

        for (String path : new String[] {"/admin", "/admin/sites", "/admin/sites/" + siteId, "/admin/resources",
                "/admin/resources/new", "/admin/people", "/admin/approvals", "/admin/bookings"}) {
            page.navigate(path);
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(path + " has no sideways scrolling").isTrue();
        }
        page.navigate("/admin/sites/" + siteId);
    }
}
