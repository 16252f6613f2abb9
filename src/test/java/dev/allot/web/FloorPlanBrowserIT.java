package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import dev.allot.testing.Api;
import dev.allot.testing.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An admin on a phone places a desk on the floor plan by tapping its spot; the plan fits the screen. */
class FloorPlanBrowserIT extends BrowserTest {

    private static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800">
              <rect width="1200" height="800" fill="#f4f1ea"/>
              <rect x="40" y="40" width="300" height="200" fill="#dfe7ef" stroke="#333"/>
            </svg>
            """;

    @Test
    void an_admin_at_phone_width_places_a_desk_by_tapping_the_plan_and_it_is_stored_where_tapped() throws Exception {
        long site = site("Europe/Berlin");
        long floor = as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", "Floor 3", "level", 3))
                .json().get("id").asLong();
        long first = desk(site, floor, "Desk 3-001");
        long second = desk(site, floor, "Desk 3-002");
        uploadPlan(floor);

        page.setViewportSize(360, 740);
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin/floors/" + floor + "/plan");
        page.getByLabel("Desk or room").selectOption(String.valueOf(second));
        Locator plan = page.locator(".floor-plan-image");
        plan.scrollIntoViewIfNeeded();
        BoundingBox box = plan.boundingBox();
        assertThat(box.width).as("the plan scales to the phone's width").isLessThanOrEqualTo(360);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the screen").isTrue();

        plan.click(new Locator.ClickOptions().setPosition(box.width * 0.3, box.height * 0.6));

        assertThat(page.locator("#place-status")).containsText("Desk 3-002 is placed.");
        JsonNode position = as(admin()).get("/api/v1/resources/" + second).json().get("position");
        assertThat(position.get("x").asDouble()).isCloseTo(0.3, within(0.02));
        assertThat(position.get("y").asDouble()).isCloseTo(0.6, within(0.02));
        Locator marker = page.locator(".plan-marker[data-resource-id='" + second + "']");
        BoundingBox at = marker.boundingBox();
        assertThat(at.x + at.width / 2).isCloseTo(box.x + box.width * 0.3, within(3.0));
        assertThat(at.y + at.height / 2).isCloseTo(box.y + box.height * 0.6, within(3.0));
        assertThat(page.getByLabel("Desk or room").locator("option:checked")).hasText("Desk 3-002 — placed");
        assertThat(marker).hasAttribute("aria-label", "Desk 3-002 · desk");
        assertThat(marker).hasClass(java.util.regex.Pattern.compile("\\bselected\\b"));
        assertThat(page.locator("#place-count")).hasText("1 of 2 placed.");

        plan.click(new Locator.ClickOptions().setPosition(box.width * 0.8, box.height * 0.25));

        assertThat(page.locator("#place-status")).containsText("Desk 3-002 is placed.");
        page.waitForCondition(() -> as(admin()).get("/api/v1/resources/" + second).json()
                .get("position").get("x").asDouble() > 0.7);
        JsonNode moved = as(admin()).get("/api/v1/resources/" + second).json().get("position");
        assertThat(moved.get("x").asDouble()).isCloseTo(0.8, within(0.02));
        assertThat(moved.get("y").asDouble()).isCloseTo(0.25, within(0.02));
        assertThat(page.locator(".plan-marker")).hasCount(1);
        assertThat(as(admin()).get("/api/v1/resources/" + first).json().get("position").isNull()).isTrue();
    }

    private long desk(long site, long floor, String name) {
        Api.Response desk = as(admin()).post("/api/v1/resources", Map.of("siteId", site, "floorId", floor,
                "kind", "DESK", "name", name, "capacity", 1));
        assertThat(desk.status()).as(desk.toString()).isEqualTo(201);
        return desk.json().get("id").asLong();
    }

    private void uploadPlan(long floor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/floors/" + floor + "/plan"))
                .header("Content-Type", "image/svg+xml")
                .header("Authorization", "Bearer " + admin().token())
                .PUT(HttpRequest.BodyPublishers.ofString(SVG, StandardCharsets.UTF_8))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        }
    }
}
