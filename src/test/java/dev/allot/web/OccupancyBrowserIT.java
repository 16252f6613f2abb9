package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.allot.testing.Api;
import dev.allot.testing.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A member opens the occupancy page from the navigation, sees the heatmap and takes it home as SVG and PNG. */
class OccupancyBrowserIT extends BrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void a_member_opens_the_heatmap_and_downloads_it_as_svg_and_png() throws Exception {
        long site = site(BERLIN.getId());
        long room = resource(site, "ROOM", 6);
        User member = member();
        LocalDate monday = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Api.Response booked = as(member).post("/api/v1/bookings", booking(room,
                monday.atTime(LocalTime.of(9, 0)).atZone(BERLIN).toOffsetDateTime(),
                monday.atTime(LocalTime.of(12, 0)).atZone(BERLIN).toOffsetDateTime()));
        assertThat(booked.status()).isEqualTo(201);

        signInAs(member.email(), PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Occupancy").setExact(true)).click();
        page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(site));
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill(monday.toString());
        page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill(monday.plusDays(6).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();

        assertThat(page.locator("img.chart-image")).isVisible();
        assertThat(page.locator(".best-times")).containsText("Monday 9–12 is 100% booked");

        Download svg = page.waitForDownload(() -> page.locator("#download-svg").click());
        Path svgFile = svg.path();
        assertThat(svg.suggestedFilename()).isEqualTo("heatmap.svg");
        assertThat(Files.readString(svgFile)).startsWith("<svg").contains("Monday 10:00–11:00: 100%");

        Download png = page.waitForDownload(() -> page.locator("#download-png").click());
        byte[] bytes = Files.readAllBytes(png.path());
        assertThat(png.suggestedFilename()).isEqualTo("heatmap.png");
        assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        assertThat(javax.imageio.ImageIO.read(png.path().toFile()).getWidth()).isGreaterThan(400);

        Download json = page.waitForDownload(() -> page.locator("#download-json").click());
        assertThat(Files.readString(json.path())).contains("\"timeZone\":\"Europe/Berlin\"").contains("\"cells\"");
    }
}
