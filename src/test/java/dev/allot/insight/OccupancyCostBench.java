package dev.allot.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A benchmark, not a test: what the read model adds to a booking transaction and to an import of
 * 10,000 bookings, printed (the listener's own time from its Micrometer timer). Its name matches
 * neither Surefire's nor Failsafe's patterns, so {@code ./mvnw verify} never runs it;
 * {@code bench/insight/occupancy-cost} does. Nothing here fails on a figure.
 */
class OccupancyCostBench extends AllotIntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MeterRegistry meters;

    @Test
    void an_import_of_ten_thousand_bookings_is_counted_in_one_batch() {
        long site = site(BERLIN.getId());
        List<Long> rooms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rooms.add(resource(site, "ROOM", 8));
        }
        User member = member();
        LocalDate first = LocalDate.now(BERLIN).minusDays(200);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            long room = rooms.get(i % rooms.size());
            int slot = i / rooms.size(); // 500 slots per room: 5 two-hour meetings a day for 100 days
            LocalDate day = first.plusDays(slot / 5);
            int hour = 8 + 2 * (slot % 5);
            rows.add(Map.of("resourceId", room, "bookedBy", member.id(),
                    "startsAt", OccupancyFiguresIT.at(BERLIN, day, hour, 0).toString(),
                    "endsAt", OccupancyFiguresIT.at(BERLIN, day, hour + 1, 30).toString(),
                    "title", "History", "attendees", 4, "status", i % 10 == 0 ? "CANCELLED" : "CONFIRMED"));
        }
        Timer timer = meters.get("allot.insight.occupancy.update").timer();
        long countBefore = timer.count();
        double nanosBefore = timer.totalTime(TimeUnit.NANOSECONDS);

        long started = System.nanoTime();
        Api.Response imported = as(admin()).post("/api/v1/bookings/import", Map.of("bookings", rows));
        long importMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(timer.count() - countBefore).as("one batch").isEqualTo(1);
        double listenerMillis = (timer.totalTime(TimeUnit.NANOSECONDS) - nanosBefore) / 1e6;
        String period = "?from=" + first + "&to=" + first.plusDays(99);
        Api.Response summary = as(admin()).get("/api/v1/insights/sites/" + site + "/summary" + period);
        assertThat(summary.json().get("confirmed").asInt()).isEqualTo(9_000);
        assertThat(summary.json().get("cancelled").asInt()).isEqualTo(1_000);
        assertThat(summary.json().get("utilisation").get("bookedHours").asDouble()).isEqualTo(9_000 * 1.5);

        System.out.printf("OCCUPANCY COST (%s): import of 10,000 bookings took %d ms over HTTP; the read model's "
                + "listener took %.1f ms of it%n", onPostgres() ? "PostgreSQL" : "SQLite", importMillis, listenerMillis);
    }

    @Test
    void a_single_booking_pays_for_one_small_update() {
        long room = resource(site(BERLIN.getId()), "ROOM", 8);
        User member = member();
        Timer timer = meters.get("allot.insight.occupancy.update").timer();
        LocalDate day = LocalDate.now(BERLIN).plusDays(30);
        int bookings = 40;
        for (int i = 0; i < 10; i++) { // warm-up: the first calls pay for class loading and JIT compilation
            LocalDate on = day.minusDays(7);
            Api.Response booked = as(member).post("/api/v1/bookings", booking(room,
                    OccupancyFiguresIT.at(BERLIN, on, 8 + i, 0), OccupancyFiguresIT.at(BERLIN, on, 8 + i, 45)));
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        }
        long countBefore = timer.count();
        double nanosBefore = timer.totalTime(TimeUnit.NANOSECONDS);
        long started = System.nanoTime();
        for (int i = 0; i < bookings; i++) {
            LocalDate on = day.plus(i / 10, ChronoUnit.DAYS);
            int hour = 8 + (i % 10);
            Api.Response booked = as(member).post("/api/v1/bookings", booking(room,
                    OccupancyFiguresIT.at(BERLIN, on, hour, 0), OccupancyFiguresIT.at(BERLIN, on, hour, 45)));
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        }
        double requestMillis = (System.nanoTime() - started) / 1e6 / bookings;
        assertThat(timer.count() - countBefore).isEqualTo(bookings);
        double listenerMillis = (timer.totalTime(TimeUnit.NANOSECONDS) - nanosBefore) / 1e6 / bookings;
        System.out.printf("OCCUPANCY COST (%s): a booking took %.2f ms over HTTP on average; the read model's "
                + "listener %.3f ms of it (after 10 warm-up bookings)%n", onPostgres() ? "PostgreSQL" : "SQLite", requestMillis, listenerMillis);
    }
}
