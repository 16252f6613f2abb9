package dev.allot.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees which figures, and what a bad request gets: 400, 403 and 404 problem details, never a 500. */
class InsightApiIT extends AllotIntegrationTest {

    @Autowired
    Identity identity;

    @Test
    void a_member_sees_charts_of_their_home_site_but_not_of_another_nor_any_summary() {
        long home = site("Europe/Berlin");
        long other = site("Europe/Berlin");
        User member = member();
        identity.updatePreferences(new UserId(member.id()), null, home);

        assertThat(as(member).get("/api/v1/insights/heatmap?siteId=" + home).status()).isEqualTo(200);
        assertThat(as(member).get("/api/v1/insights/best-times?siteId=" + home).status()).isEqualTo(200);
        Api.Response elsewhere = as(member).get("/api/v1/insights/utilisation?siteId=" + other);
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(403);
        assertThat(elsewhere.contentType()).startsWith("application/problem+json");
        assertThat(as(member).get("/api/v1/insights/sites/" + home + "/summary").status()).isEqualTo(403);
        assertThat(as(member).get("/api/v1/insights/usage?siteId=" + home).status()).isEqualTo(403);
    }

    @Test
    void members_without_a_home_site_and_viewers_see_any_sites_charts_and_admins_see_summaries() {
        long site = site("Asia/Kolkata");
        assertThat(as(member()).get("/api/v1/insights/utilisation?siteId=" + site).status()).isEqualTo(200);
        assertThat(as(viewer()).get("/api/v1/insights/heatmap?siteId=" + site).status()).isEqualTo(200);
        Api.Response summary = as(admin()).get("/api/v1/insights/sites/" + site + "/summary");
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json().get("timeZone").asString()).isEqualTo("Asia/Kolkata");
        assertThat(anonymous().get("/api/v1/insights/heatmap?siteId=" + site).status()).isEqualTo(401);
    }

    @Test
    void bad_periods_and_parameters_are_400_with_the_field_named() {
        long site = site("Europe/Berlin");
        Api admin = as(admin());

        Api.Response backwards = admin.get("/api/v1/insights/utilisation?siteId=" + site + "&from=2026-05-10&to=2026-05-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");

        assertThat(admin.get("/api/v1/insights/heatmap?siteId=" + site + "&from=2025-01-01&to=2026-12-31").status())
                .as("longer than 400 days").isEqualTo(400);
        assertThat(admin.get("/api/v1/insights/heatmap?siteId=" + site + "&from=yesterday").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/insights/heatmap?siteId=" + site + "&kind=SOFA").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/insights/heatmap?siteId=abc").status()).isEqualTo(400);
        Api.Response noScope = admin.get("/api/v1/insights/heatmap");
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.json().get("errors").get(0).get("field").asString()).isEqualTo("siteId");
        assertThat(admin.get("/api/v1/insights/heatmap?siteId=" + site + "&minCapacity=8&maxCapacity=4").status())
                .isEqualTo(400);
    }

    @Test
    void unknown_sites_floors_and_resources_are_404() {
        long site = site("Europe/Berlin");
        long otherSite = site("Europe/Berlin");
        long room = resource(otherSite, "ROOM", 4);
        Api admin = as(admin());

        assertThat(admin.get("/api/v1/insights/heatmap?siteId=987654321").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/insights/utilisation?resourceId=987654321").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/insights/sites/987654321/summary").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/insights/heatmap?siteId=" + site + "&floorId=987654321").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/insights/heatmap?siteId=" + site + "&resourceId=" + room).status())
                .as("a resource of another site").isEqualTo(404);
    }

    @Test
    void the_openapi_document_describes_the_insight_endpoints_and_their_parameters() {
        Api.Response docs = anonymous().get("/v3/api-docs");

        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/insights/utilisation",
                "/api/v1/insights/heatmap", "/api/v1/insights/daily", "/api/v1/insights/best-times",
                "/api/v1/insights/usage", "/api/v1/insights/sites/{siteId}/summary");
        assertThat(docs.json().get("paths").get("/api/v1/insights/heatmap").get("get").get("parameters").toString())
                .contains("\"siteId\"", "\"resourceId\"", "\"from\"", "\"to\"", "\"kind\"");
    }

    @Test
    void the_heatmap_downloads_as_svg_and_png() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        long site = site(zone.getId());
        long room = resource(site, "ROOM", 4);
        LocalDate monday = LocalDate.now(zone).plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Api.Response booked = as(member()).post("/api/v1/bookings", booking(room,
                OccupancyFiguresIT.at(zone, monday, 9, 0), OccupancyFiguresIT.at(zone, monday, 10, 0)));
        assertThat(booked.status()).isEqualTo(201);
        String query = "?siteId=" + site + "&from=" + monday + "&to=" + monday.plusDays(6);

        Api.Response svg = as(admin()).get("/api/v1/insights/heatmap.svg" + query);
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains("Monday 9:00–10:00: 100%");

        Api.Response png = as(admin()).withHeader("Accept", "image/png").get("/api/v1/insights/heatmap.png" + query);
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
    }
}
