package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import dev.allot.testing.Api;
import dev.allot.testing.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A member books the office's last desk by clicking it on the floor plan; a second finds the office
 * full and joins the line; the first cancels, the second is offered the desk, accepts, and is in.
 */
class DeskPageBrowserIT extends BrowserTest {

    private static final String ZONE = "Europe/Berlin";
    private static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 600">
              <rect width="1000" height="600" fill="#f4f1ea"/>
              <rect x="100" y="100" width="800" height="400" fill="#dfe7ef" stroke="#333"/>
            </svg>
            """;

    @ParameterizedTest(name = "at {0} px wide")
    @ValueSource(ints = {360, 1280})
    void a_desk_booked_on_the_plan_freed_again_is_offered_to_the_first_in_line_who_accepts_and_is_in(int width)
            throws Exception {
        long site = site(ZONE);
        long floor = as(admin()).post("/api/v1/sites/" + site + "/floors", Map.of("name", "Floor 2", "level", 2))
                .json().get("id").asLong();
        uploadPlan(floor);
        long desk = placedDesk(site, floor, "Desk 2-007", 0.4, 0.5);
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(1);
        User first = member();
        User second = member();
        page.setViewportSize(width, 800);
        String desksPage = "/desks?site=" + site + "&date=" + day;

        signInAs(first.email(), PASSWORD);
        page.navigate(desksPage);
        Locator marker = page.locator(".plan-marker[data-resource-id='" + desk + "']");
        assertThat(marker).hasAttribute("aria-label", "Desk 2-007 · free, book it");
        BoundingBox plan = page.locator(".floor-plan-image").boundingBox();
        assertThat(plan.width).as("the plan fits the screen").isLessThanOrEqualTo(width);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the screen").isTrue();
        BoundingBox dot = marker.boundingBox();
        assertThat(dot.width).as("a free desk is a small marker, not a bar").isLessThan(40);
        assertThat(dot.x + dot.width / 2).as("centred where it was placed")
                .isCloseTo(plan.x + 0.4 * plan.width, org.assertj.core.data.Offset.offset(4.0));
        marker.click();

        assertThat(page.locator(".notice[role=status]")).containsText("Desk 2-007 is booked for you on");
        assertThat(marker).hasClass(Pattern.compile("\\bmine\\b"));
        assertThat(page.locator("#my-desk-days")).containsText("Desk 2-007");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "screenshots", "DeskPageBrowserIT-desks-" + width + ".png")));

        page.context().clearCookies();
        signInAs(second.email(), PASSWORD);
        page.navigate(desksPage);
        assertThat(marker).hasAttribute("aria-label", "Desk 2-007 · taken by Member " + first.email());
        assertThat(page.locator("#my-day")).containsText("No desk is free on this day.");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Join the waiting list")).click();
        assertThat(page.locator("#my-day")).containsText("You are no. 1 in line for a desk.");

        page.context().clearCookies();
        signInAs(first.email(), PASSWORD);
        page.navigate(desksPage);
        page.locator("#my-desk-days").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Cancel Desk 2-007 on "))).click();
        assertThat(page.locator(".notice[role=status]")).containsText("is cancelled");

        page.context().clearCookies();
        signInAs(second.email(), PASSWORD);
        page.navigate(desksPage);
        assertThat(page.locator("#my-day")).containsText("Desk 2-007 is offered to you.");
        page.locator("#my-offer").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Accept")).click();
        assertThat(page.locator(".notice[role=status]")).containsText("Desk 2-007 is booked for you.");

        page.navigate("/who?site=" + site + "&date=" + day);
        assertThat(page.locator(".people")).containsText("Member " + second.email());
        assertThat(page.locator(".people")).not().containsText("Member " + first.email());
    }

    private long placedDesk(long site, long floor, String name, double x, double y) {
        Api.Response desk = as(admin()).post("/api/v1/resources", Map.of("siteId", site, "floorId", floor,
                "kind", "DESK", "name", name, "capacity", 1, "position", Map.of("x", x, "y", y)));
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
