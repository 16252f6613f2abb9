package dev.allot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import dev.allot.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What operators ask of a running Allot (issue 15): bookings made and refused per kind and reason,
 * deliveries per channel, the background tasks' lag, latency per route in Prometheus' scrape; liveness
 * and readiness apart; and every series the sample Grafana dashboard reads is scraped.
 */
class ObservabilityIT extends AllotIntegrationTest {

    private static final Path DASHBOARD = Path.of("docs/observability/grafana-dashboard.json");

    @Test
    void bookings_deliveries_task_lag_and_latency_per_route_are_scraped() {
        long room = room(4);
        OffsetDateTime start = at("Europe/Berlin", 4, 10, 0);
        Api member = as(member());
        assertThat(member.post("/api/v1/bookings", booking(room, start, start.plusHours(1))).status()).isEqualTo(201);
        assertThat(member.post("/api/v1/bookings", booking(room, start, start.plusHours(1))).status()).isEqualTo(409);

        String scraped = Eventually.until("the booking's email counted", this::scrape,
                body -> body.contains("allot_notification_deliveries_total{channel=\"email\",outcome=\"sent\"}"));

        assertThat(value(scraped, "allot_bookings_made_total{kind=\"ROOM\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(scraped, "allot_bookings_refused_total{kind=\"ROOM\",reason=\"booking-overlap\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scraped, "allot_tasks_lag_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(scraped).containsPattern("http_server_requests_seconds_bucket\\{[^}]*method=\"POST\"[^}]*"
                + "uri=\"/api/v1/bookings\"[^}]*\\}");
    }

    @Test
    void liveness_and_readiness_are_probed_apart_without_a_token() {
        Api.Response live = anonymous().get("/actuator/health/liveness");
        Api.Response ready = anonymous().get("/actuator/health/readiness");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("status").asString()).isEqualTo("UP");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void the_grafana_dashboard_reads_only_series_that_are_scraped() throws Exception {
        long room = room(4);
        OffsetDateTime start = at("Europe/Berlin", 5, 10, 0);
        Api member = as(member());
        member.post("/api/v1/bookings", booking(room, start, start.plusHours(1)));
        member.post("/api/v1/bookings", booking(room, start, start.plusHours(1)));
        String dashboard = Files.readString(DASHBOARD);
        Set<String> series = new TreeSet<>();
        Matcher names = Pattern.compile("\\b(allot_[a-z_]+|http_server_requests_seconds_[a-z]+|dbscheduler_[a-z_]+"
                + "|process_[a-z_]+)").matcher(dashboard);
        while (names.find()) {
            series.add(names.group(1));
        }
        assertThat(series).contains("allot_bookings_made_total", "allot_tasks_lag_seconds");

        String scraped = Eventually.until("every series of the dashboard", this::scrape,
                body -> series.stream().allMatch(name -> body.contains("\n" + name)));

        for (String name : series) {
            assertThat(scraped).as(name).contains("\n" + name);
        }
    }

    private String scrape() {
        Api.Response scraped = anonymous().withToken(SCRAPE_TOKEN).get("/actuator/prometheus");
        assertThat(scraped.status()).isEqualTo(200);
        return scraped.body();
    }

    private static double value(String scraped, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scraped);
        assertThat(line.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(line.group(1));
    }
}
