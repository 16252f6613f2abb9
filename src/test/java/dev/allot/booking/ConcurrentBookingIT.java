package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Many clients race over HTTP for one slot. The database decides: exactly one wins, everyone else
 * gets a 409, nobody gets a 5xx, and what was answered 201 is what is stored.
 */
class ConcurrentBookingIT extends AllotIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentBookingIT.class);
    private static final int THREADS = 32;
    private static final String ZONE = "Europe/Berlin";

    @Test
    void thirty_two_clients_booking_the_same_slot_at_once_get_exactly_one_booking() throws Exception {
        long room = room(10);
        List<User> members = members(8);

        for (int round = 0; round < 3; round++) {
            OffsetDateTime start = at(ZONE, 8, 9 + 2 * round, 0);
            List<Api.Response> responses = race(i -> as(members.get(i % members.size()))
                    .post("/api/v1/bookings", booking(room, start, start.plusHours(1))));

            assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
            assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(THREADS - 1);
            JsonNode stored = as(members.getFirst()).get("/api/v1/bookings?resourceId=" + room
                    + "&status=CONFIRMED&status=PENDING&from=" + enc(start) + "&to=" + enc(start.plusHours(1))).json();
            assertThat(stored.get("total").asLong()).isEqualTo(1);
            long winner = responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().get("id").asLong();
            assertThat(stored.get("items").get(0).get("id").asLong()).isEqualTo(winner);
        }
    }

    @Test
    void clients_racing_for_overlapping_ranges_leave_no_two_active_bookings_overlapping() throws Exception {
        long room = room(10);
        List<User> members = members(8);
        OffsetDateTime base = at(ZONE, 9, 8, 0);

        // client i wants [base + 10i min, base + 10i min + 1h): each overlaps its neighbours
        List<Api.Response> responses = race(i -> as(members.get(i % members.size())).post("/api/v1/bookings",
                booking(room, base.plusMinutes(10L * i), base.plusMinutes(10L * i + 60))));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
        List<JsonNode> stored = new ArrayList<>();
        as(members.getFirst()).get("/api/v1/bookings?resourceId=" + room + "&status=CONFIRMED&size=200").json()
                .get("items").forEach(stored::add);
        assertThat(stored).hasSize((int) responses.stream().filter(r -> r.status() == 201).count());
        for (JsonNode a : stored) {
            for (JsonNode b : stored) {
                if (a.get("id").asLong() != b.get("id").asLong()) {
                    boolean overlap = OffsetDateTime.parse(a.get("startsAt").asString())
                            .isBefore(OffsetDateTime.parse(b.get("endsAt").asString()))
                            && OffsetDateTime.parse(b.get("startsAt").asString())
                            .isBefore(OffsetDateTime.parse(a.get("endsAt").asString()));
                    assertThat(overlap).as("%s overlaps %s", a, b).isFalse();
                }
            }
        }
    }

    @Test
    void a_double_click_with_one_idempotency_key_books_once_and_answers_both_clicks_alike() throws Exception {
        User member = member();
        long room = room(10);
        OffsetDateTime start = at(ZONE, 10, 9, 0);
        Api api = as(member).withHeader("Idempotency-Key", unique("double-click"));

        List<Api.Response> responses = race(i -> api.post("/api/v1/bookings", booking(room, start, start.plusHours(1))));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses).extracting(r -> r.json().get("id").asLong()).containsOnly(
                responses.getFirst().json().get("id").asLong());
        assertThat(as(member).get("/api/v1/bookings").json().get("total").asLong()).isEqualTo(1);
    }

    private List<User> members(int count) {
        List<User> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(member());
        }
        return members;
    }

    /** Starts THREADS requests at the same moment and returns their responses. */
    private static List<Api.Response> race(IntFunction<Api.Response> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int client = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    long started = System.nanoTime();
                    Api.Response response = request.apply(client);
                    latenciesMicros.add((System.nanoTime() - started) / 1_000);
                    return response;
                }));
            }
            ready.await();
            long started = System.nanoTime();
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            List<Long> sorted = latenciesMicros.stream().sorted().toList();
            // A figure for the record, never an assertion: these machines are shared and noisy.
            log.info("{} concurrent booking requests on {} answered in {} ms (p50 {} ms, max {} ms)", THREADS,
                    onPostgres() ? "PostgreSQL" : "SQLite", (System.nanoTime() - started) / 1_000_000,
                    sorted.get(sorted.size() / 2) / 1_000, sorted.getLast() / 1_000);
            return responses;
        }
    }

    private static String enc(OffsetDateTime time) {
        return java.net.URLEncoder.encode(time.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

}
