package dev.allot.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlatformIT extends AllotIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_openapi_document_describes_the_v1_api() {
        Api.Response docs = anonymous().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/bookings", "/api/v1/resources",
                "/api/v1/sites", "/api/v1/auth/token", "/api/v1/bookings/{id}/approve", "/api/v1/users/{id}/role");
    }

    @Test
    void swagger_ui_is_served() {
        Api.Response ui = anonymous().get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void health_is_public_for_load_balancers() {
        Api.Response health = anonymous().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_served_for_scraping_with_the_scrape_token_or_an_admin_token() {
        Api.Response scraped = anonymous().withToken(SCRAPE_TOKEN).get("/actuator/prometheus");
        Api.Response asAdmin = as(admin()).get("/actuator/prometheus");

        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(asAdmin.status()).isEqualTo(200);
    }

    @Test
    void metrics_are_not_public() {
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(anonymous().withToken("not-the-scrape-token").get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as(member()).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void sqlite_runs_with_wal_full_sync_foreign_keys_and_a_busy_timeout() throws Exception {
        assumeFalse(onPostgres(), "SQLite settings");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(statement, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(statement, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(statement, "busy_timeout"))).isPositive();
        }
    }

    private static String pragma(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("pragma " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
