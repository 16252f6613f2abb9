package dev.allot.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Booking reports over real HTTP on a hand-made set of bookings: future ones booked and cancelled
 * through the API, a past one imported (booking refuses the past, the import does not).
 */
class ReportsIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Ann books day 2 at 9 and day 3 at 14 (then cancels it), Bob day 2 at 11; Ann had one 10 days ago. */
    record Office(long site, long room, User ann, User bob, long annPlanned, long annCancelled, long bobPlanned,
            long annPast) {}

    private Office office() {
        long site = site(ZONE);
        long room = resource(site, "ROOM", 6);
        User ann = member();
        User bob = member();
        long annPlanned = book(ann, room, 2, 9, "Planning");
        long annCancelled = book(ann, room, 3, 14, "=cmd|' /C calc'!A0");
        long bobPlanned = book(bob, room, 2, 11, "Review, \"final\"");
        Api.Response cancelled = as(ann).post("/api/v1/bookings/" + annCancelled + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        Instant start = at(ZONE, -10, 9, 0).toInstant();
        long annPast = insert(room, ann.id(), "Retro", start, start.plus(1, ChronoUnit.HOURS), "CONFIRMED");
        return new Office(site, room, ann, bob, annPlanned, annCancelled, bobPlanned, annPast);
    }

    private long book(User who, long room, int daysAhead, int hour, String title) {
        Api.Response booked = as(who).post("/api/v1/bookings", Map.of("resourceId", room,
                "startsAt", at(ZONE, daysAhead, hour, 0).toString(), "endsAt", at(ZONE, daysAhead, hour + 1, 0).toString(),
                "title", title, "attendees", 2));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.json().get("id").asLong();
    }

    private long insert(long room, long userId, String title, Instant start, Instant end, String status) {
        return importAll(List.of(imported(room, userId, title, start, end, status))).getFirst();
    }

    private static Map<String, Object> imported(long room, long userId, String title, Instant start, Instant end,
            String status) {
        return Map.of("resourceId", room, "bookedBy", userId, "startsAt", start.toString(), "endsAt", end.toString(),
                "title", title, "attendees", 1, "status", status);
    }

    private List<Long> importAll(List<Map<String, Object>> bookings) {
        Api.Response imported = as(admin()).post("/api/v1/bookings/import", Map.of("bookings", bookings));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        List<Long> ids = new ArrayList<>();
        imported.json().get("ids").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    @Test
    void an_admin_sees_who_booked_a_room_and_when_past_and_planned_with_its_cancellations() {
        Office office = office();

        Api.Response report = as(admin()).get("/api/v1/reports/rooms/" + office.room());

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.get("timeZone").asString()).isEqualTo(ZONE);
        assertThat(json.get("total").asLong()).isEqualTo(4);
        assertThat(ids(json)).containsExactly(office.annPast(), office.annPlanned(), office.bobPlanned(),
                office.annCancelled());
        JsonNode planned = json.get("items").get(1);
        assertThat(planned.get("startsAt").asString()).startsWith(LocalDate.now(ZoneId.of(ZONE)).plusDays(2) + "T09:00");
        assertThat(planned.get("person").asString()).startsWith("Member ");
        assertThat(planned.get("personId").asLong()).isEqualTo(office.ann().id());
        JsonNode cancelled = json.get("items").get(3);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancelledBy").asString()).isEqualTo("Member " + office.ann().email());
        assertThat(cancelled.get("cancelledAt").isNull()).isFalse();
        assertThat(json.get("items").get(2).get("cancelledAt").isNull()).isTrue();
    }

    @Test
    void a_member_sees_only_their_own_bookings_of_a_room() {
        Office office = office();

        Api.Response report = as(office.bob()).get("/api/v1/reports/rooms/" + office.room());

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(ids(report.json())).containsExactly(office.bobPlanned());
    }

    @Test
    void a_persons_report_shows_what_they_booked_and_cancelled() {
        Office office = office();

        Api.Response all = as(admin()).get("/api/v1/reports/people/" + office.ann().id());
        Api.Response cancelled = as(office.ann()).get("/api/v1/reports/people/" + office.ann().id() + "?status=CANCELLED");

        assertThat(ids(all.json())).containsExactly(office.annPast(), office.annPlanned(), office.annCancelled());
        assertThat(ids(cancelled.json())).containsExactly(office.annCancelled());
    }

    @Test
    void days_of_the_range_are_days_at_the_site() {
        Office office = office();
        LocalDate dayTwo = LocalDate.now(ZoneId.of(ZONE)).plusDays(2);

        Api.Response report = as(admin()).get("/api/v1/reports/bookings?siteId=" + office.site() + "&from=" + dayTwo
                + "&to=" + dayTwo);

        assertThat(ids(report.json())).containsExactly(office.annPlanned(), office.bobPlanned());
    }

    @Test
    void a_member_asking_for_another_persons_report_is_refused_with_403() {
        Office office = office();

        Api.Response page = as(office.bob()).get("/api/v1/reports/people/" + office.ann().id());
        Api.Response export = as(office.bob()).get("/api/v1/reports/people/" + office.ann().id() + "/export?format=csv");
        Api.Response filtered = as(office.bob()).get("/api/v1/reports/rooms/" + office.room() + "?personId="
                + office.ann().id());

        for (Api.Response refused : List.of(page, export, filtered)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void bad_requests_are_problem_details_not_errors() {
        Office office = office();
        Api api = as(admin());

        assertThat(api.get("/api/v1/reports/rooms/99999999").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/people/99999999").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/bookings?siteId=99999999").status()).isEqualTo(404);
        for (String bad : List.of("/api/v1/reports/rooms/" + office.room() + "?from=2026-03-02&to=2026-03-01",
                "/api/v1/reports/rooms/" + office.room() + "?from=yesterday",
                "/api/v1/reports/rooms/" + office.room() + "?status=LOST",
                "/api/v1/reports/rooms/" + office.room() + "?size=100000",
                "/api/v1/reports/rooms/" + office.room() + "/export?format=pdf")) {
            Api.Response response = api.get(bad);
            assertThat(response.status()).as(bad + " " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void the_csv_and_xlsx_exports_hold_the_same_rows_in_the_sites_zone() {
        Office office = office();
        User admin = admin();

        HttpResponse<InputStream> csvResponse = download(admin, "/api/v1/reports/rooms/" + office.room() + "/export?format=csv");
        String csv = text(csvResponse);
        HttpResponse<InputStream> xlsxResponse = download(admin, "/api/v1/reports/rooms/" + office.room() + "/export?format=xlsx");
        List<List<String>> xlsx = ReadBack.xlsx(xlsxResponse.body());

        assertThat(csvResponse.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(csvResponse.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("bookings-room-" + office.room() + ".csv"));
        assertThat(xlsxResponse.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(csv).startsWith("\uFEFFBooking,Site,Resource,");
        List<List<String>> fromCsv = ReadBack.csv(csv);
        assertThat(fromCsv.getFirst()).contains("Starts (Europe/Berlin)", "Cancelled at (Europe/Berlin)");
        assertThat(fromCsv).hasSize(5);
        assertThat(fromCsv.get(1).get(5)).isEqualTo("Retro");
        assertThat(fromCsv.get(2).get(8)).isEqualTo(LocalDate.now(ZoneId.of(ZONE)).plusDays(2) + " 09:00");
        assertThat(fromCsv.get(3).get(5)).isEqualTo("Review, \"final\"");
        assertThat(fromCsv.get(4).get(5)).isEqualTo("'=cmd|' /C calc'!A0");
        List<List<String>> expected = fromCsv.stream()
                .map(row -> row.stream().map(f -> f.startsWith("'") ? f.substring(1) : f).toList())
                .toList();
        assertThat(xlsx.stream().map(row -> pad(row, expected.getFirst().size())).toList()).isEqualTo(expected);
    }

    @Test
    void a_large_site_exports_every_row_streamed_in_chunks() {
        int rooms = 10;
        int perRoom = 5_000;
        long site = site("America/New_York");
        long adminId = admin().id();
        Instant first = Instant.parse("2025-01-01T00:00:00Z");
        List<Long> roomIds = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            roomIds.add(resource(site, "ROOM", 4));
        }
        // Through the import, in batches of its maximum: 10 rooms, 5,000 bookings each, every tenth cancelled.
        List<Map<String, Object>> batch = new ArrayList<>();
        for (long room : roomIds) {
            for (int i = 0; i < perRoom; i++) {
                Instant start = first.plus(i, ChronoUnit.HOURS);
                batch.add(imported(room, adminId, "Booking " + i, start, start.plus(50, ChronoUnit.MINUTES),
                        i % 10 == 0 ? "CANCELLED" : "CONFIRMED"));
                if (batch.size() == 10_000) {
                    importAll(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            importAll(batch);
        }
        int expected = rooms * perRoom;
        User admin = admin();

        AtomicInteger csvLines = new AtomicInteger();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                download(admin, "/api/v1/reports/bookings/export?format=csv&siteId=" + site).body(),
                StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> csvLines.incrementAndGet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger xlsxRows = new AtomicInteger();
        AtomicInteger cancelled = new AtomicInteger();
        ReadBack.xlsx(download(admin, "/api/v1/reports/bookings/export?format=xlsx&siteId=" + site).body(), row -> {
            xlsxRows.incrementAndGet();
            if (row.get(7).equals("CANCELLED")) {
                cancelled.incrementAndGet();
            }
        });

        assertThat(csvLines.get()).isEqualTo(expected + 1);
        assertThat(xlsxRows.get()).isEqualTo(expected + 1);
        assertThat(cancelled.get()).isEqualTo(expected / 10);
    }

    private HttpResponse<InputStream> download(User user, String path) {
        try {
            HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + user.token())
                    .header("Accept-Language", "en")
                    .timeout(Duration.ofMinutes(5))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pad(List<String> row, int width) {
        List<String> padded = new ArrayList<>(row);
        while (padded.size() < width) {
            padded.add("");
        }
        return padded;
    }

    private static List<Long> ids(JsonNode report) {
        List<Long> ids = new ArrayList<>();
        report.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
