package dev.allot.booking;

import static dev.allot.booking.DeskDaysIT.day;
import static dev.allot.booking.DeskDaysIT.deskDay;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Races over HTTP for the last desk of a day and for one offer: the database decides, once. */
class DeskRaceIT extends AllotIntegrationTest {

    private static final int THREADS = 32;

    @Test
    void thirty_two_people_racing_for_the_last_free_desk_get_one_booking_and_the_others_409_then_join_the_line()
            throws Exception {
        long site = site("Europe/Berlin");
        long taken = resource(site, "DESK", 1);
        long last = resource(site, "DESK", 1);
        LocalDate day = day(3);
        as(member()).post("/api/v1/bookings", deskDay(taken, day));
        List<User> people = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            people.add(member());
        }

        List<Api.Response> answers = race(i -> as(people.get(i)).post("/api/v1/bookings", deskDay(last, day)));

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() == 409)
                .hasSize(THREADS - 1)
                .allMatch(r -> r.json().get("type").asString().endsWith("/desk-taken"));
        JsonNode stored = as(people.getFirst()).get("/api/v1/bookings?resourceId=" + last + "&date=" + day
                + "&status=CONFIRMED&status=PENDING").json();
        assertThat(stored.get("total").asLong()).isEqualTo(1);

        List<Api.Response> joined = race(i -> answers.get(i).status() == 201 ? null
                : as(people.get(i)).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString())));

        List<Integer> positions = joined.stream().filter(r -> r != null)
                .peek(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201))
                .map(r -> r.json().get("position").asInt())
                .sorted()
                .toList();
        assertThat(positions).hasSize(THREADS - 1).doesNotHaveDuplicates().startsWith(1).endsWith(THREADS - 1);
    }

    @Test
    void two_people_accepting_the_same_offer_at_once_make_one_booking_never_two() throws Exception {
        for (int round = 0; round < 3; round++) {
            long site = site("Europe/Berlin");
            long desk = resource(site, "DESK", 1);
            LocalDate day = day(2);
            User holder = member();
            long booking = as(holder).post("/api/v1/bookings", deskDay(desk, day)).json().get("id").asLong();
            User waiting = member();
            long presence = as(waiting).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString()))
                    .json().get("id").asLong();
            as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of());

            List<Api.Response> answers = race(2, i -> as(waiting).post("/api/v1/presence/" + presence + "/accept", null));

            assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
            assertThat(answers).filteredOn(r -> r.status() == 409).hasSize(1);
            JsonNode stored = as(waiting).get("/api/v1/bookings?resourceId=" + desk + "&date=" + day
                    + "&status=CONFIRMED&status=PENDING").json();
            assertThat(stored.get("total").asLong()).isEqualTo(1);
            assertThat(stored.get("items").get(0).get("bookedBy").asLong()).isEqualTo(waiting.id());
        }
    }

    private static List<Api.Response> race(IntFunction<Api.Response> call) throws Exception {
        return race(THREADS, call);
    }

    private static List<Api.Response> race(int threads, IntFunction<Api.Response> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }
}
