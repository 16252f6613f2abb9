package dev.allot.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The site report export: every resource's figures from the read model, checked by hand, in CSV and XLSX. */
class SiteReportIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";
    private static final ZoneId BERLIN = ZoneId.of(ZONE);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BERLIN).toOffsetDateTime().toString();
    }

    private HttpResponse<byte[]> download(User user, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + user.token()).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_week_of_a_site_in_figures_that_add_up() {
        List<Map<String, String>> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(Map.of("day", day.name(), "opens", "08:00", "closes", "18:00"));
        }
        long site = site(ZONE, hours);
        long busy = resource(site, "ROOM", 6);
        long quiet = resource(site, "ROOM", 10);
        long member = member().id();
        LocalDate monday = LocalDate.now(BERLIN).with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(3);
        Api.Response imported = as(admin()).post("/api/v1/bookings/import", Map.of("bookings", List.of(
                Map.of("resourceId", busy, "bookedBy", member, "startsAt", at(monday, 8), "endsAt", at(monday, 18),
                        "checkedInAt", OffsetDateTime.parse(at(monday, 8)).plusMinutes(5).toString()),
                Map.of("resourceId", busy, "bookedBy", member, "startsAt", at(monday.plusDays(2), 9),
                        "endsAt", at(monday.plusDays(2), 10), "status", "CANCELLED"),
                Map.of("resourceId", quiet, "bookedBy", member, "startsAt", at(monday.plusDays(1), 9),
                        "endsAt", at(monday.plusDays(1), 11)))));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String week = "from=" + monday + "&to=" + monday.plusDays(6);

        HttpResponse<byte[]> csv = download(admin(), "/api/v1/reports/sites/" + site + "/export?format=csv&" + week);

        assertThat(csv.statusCode()).as(new String(csv.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        List<List<String>> rows = ReadBack.csv(new String(csv.body(), StandardCharsets.UTF_8));
        assertThat(rows.get(0)).startsWith("Resource", "Kind", "Floor", "Capacity", "Bookable", "Booked hours",
                "Open hours", "Utilisation %", "Confirmed", "Pending", "Cancelled", "Rejected", "Checked in", "No-shows");
        // busiest first: 10 of 50 open hours, and 2 of 50
        assertThat(rows.get(1).subList(3, 14)).containsExactly("6", "yes", "10.0", "50.0", "20.0", "1", "0", "1", "0",
                "1", "0");
        assertThat(rows.get(2).subList(3, 14)).containsExactly("10", "yes", "2.0", "50.0", "4.0", "1", "0", "0", "0",
                "0", "");
        assertThat(rows).hasSize(3);

        HttpResponse<byte[]> xlsx = download(admin(), "/api/v1/reports/sites/" + site + "/export?format=xlsx&" + week);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(normal(ReadBack.xlsx(new ByteArrayInputStream(xlsx.body())))).isEqualTo(normal(rows));
        assertThat(ReadBack.sheetText(new ByteArrayInputStream(xlsx.body()), "About"))
                .contains("Utilisation: 12.0% (12.0 of 100.0 open hours booked)")
                .contains("Bookings: 2 confirmed, 0 pending, 1 cancelled, 0 rejected");
    }

    /** The same table whichever format: numbers as numbers (a spreadsheet drops "10.0"'s zero), no trailing blanks. */
    private static List<List<String>> normal(List<List<String>> rows) {
        return rows.stream().map(row -> {
            List<String> cells = new ArrayList<>(row.stream()
                    .map(cell -> cell.matches("-?\\d+(\\.\\d+)?") ? new java.math.BigDecimal(cell).stripTrailingZeros()
                            .toPlainString() : cell)
                    .toList());
            while (!cells.isEmpty() && cells.getLast().isEmpty()) {
                cells.removeLast();
            }
            return List.copyOf(cells);
        }).toList();
    }

    @Test
    void only_admins_get_it_and_bad_requests_are_explained() {
        long site = site(ZONE);
        assertThat(download(member(), "/api/v1/reports/sites/" + site + "/export").statusCode()).isEqualTo(403);
        assertThat(download(admin(), "/api/v1/reports/sites/999999/export").statusCode()).isEqualTo(404);
        assertThat(download(admin(), "/api/v1/reports/sites/" + site + "/export?format=pdf").statusCode()).isEqualTo(400);
        assertThat(download(admin(), "/api/v1/reports/sites/" + site + "/export?from=2026-05-02&to=2026-05-01")
                .statusCode()).isEqualTo(400);
        assertThat(download(admin(), "/api/v1/reports/sites/" + site + "/export?from=2024-01-01&to=2026-01-01")
                .statusCode()).as("longer than 400 days").isEqualTo(400);
    }
}
