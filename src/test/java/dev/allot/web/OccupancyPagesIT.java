package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The occupancy pages render for who may see them, in Russian too, and a bad period is explained, not a 500. */
class OccupancyPagesIT extends AllotIntegrationTest {

    @Test
    void an_admin_sees_the_site_summary_with_its_chart_and_the_overview_links_to_it() {
        long site = site("Europe/Berlin");
        resource(site, "ROOM", 6);
        AdminWebSession admin = AdminWebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);

        assertThat(admin.get("/admin").body()).contains("href=\"/admin/insights\"");
        AdminWebSession.Response page = admin.get("/admin/insights?siteId=" + site);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Site occupancy").contains("/admin/insights/usage.svg?siteId=" + site)
                .contains("Busiest rooms");
        AdminWebSession.Response svg = admin.get("/admin/insights/usage.svg?siteId=" + site);
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg");
        assertThat(admin.get("/admin/insights/usage.png?siteId=" + site).header("Content-Type")).isEqualTo("image/png");
        assertThat(admin.get("/admin/insights/summary.json?siteId=" + site).body()).contains("\"siteId\":" + site);
    }

    @Test
    void a_member_sees_the_occupancy_page_in_russian_but_not_the_admin_summary() {
        long site = site("Europe/Moscow");
        User member = member();
        AdminWebSession session = AdminWebSession.signedIn(port, member.email(), PASSWORD);

        AdminWebSession.Response page = session.get("/insights?siteId=" + site, Map.of("Accept-Language", "ru"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Загрузка").contains("День недели × час").contains("/insights/heatmap.svg?siteId=" + site);
        assertThat(session.get("/admin/insights?siteId=" + site).status()).isEqualTo(403);
    }

    @Test
    void a_backwards_period_is_explained_on_the_page() {
        long site = site("Europe/Berlin");
        AdminWebSession session = AdminWebSession.signedIn(port, member().email(), PASSWORD);

        AdminWebSession.Response page = session.get("/insights?siteId=" + site + "&from=2026-05-10&to=2026-05-01");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("These filters do not work").contains("must not be before from");
        assertThat(session.get("/insights?siteId=987654321").status()).isEqualTo(404);
    }
}
