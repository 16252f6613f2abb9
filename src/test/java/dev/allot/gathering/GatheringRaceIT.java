package dev.allot.gathering;

import static dev.allot.gathering.GatheringIT.evening;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.OffsetDateTime;
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

/** Races over HTTP for the seats of one event and for one person's evening: the database decides. */
class GatheringRaceIT extends AllotIntegrationTest {

    @Test
    void fifty_people_ask_and_the_hosts_accepts_race_for_ten_seats_exactly_ten_are_accepted() throws Exception {
        User host = member();
        long id = as(host).post("/api/v1/events", evening(16, 10)).json().get("id").asLong();
        List<User> guests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            User guest = member();
            assertThat(as(guest).post("/api/v1/events/" + id + "/requests", null).status()).isEqualTo(201);
            guests.add(guest);
        }

        List<Api.Response> answers = race(50,
                i -> as(host).post("/api/v1/events/" + id + "/participants/" + guests.get(i).id() + "/accept", null));

        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(10);
        assertThat(answers).filteredOn(r -> r.status() == 409).hasSize(40)
                .allMatch(r -> r.json().get("type").asString().endsWith("/no-seats"));
        JsonNode event = as(host).get("/api/v1/events/" + id).json();
        assertThat(event.get("seatsLeft").asInt()).isZero();
        assertThat(event.get("status").asString()).isEqualTo("FULL");
        JsonNode people = as(host).get("/api/v1/events/" + id + "/participants").json();
        assertThat(people.valueStream().filter(p -> !p.get("host").asBoolean())
                .filter(p -> p.get("state").asString().equals("ACCEPTED"))).hasSize(10);
        assertThat(people.valueStream().filter(p -> p.get("state").asString().equals("REQUESTED"))).hasSize(40);
    }

    @Test
    void forty_invited_people_accepting_at_once_fill_five_seats_and_no_more() throws Exception {
        User host = member();
        long id = as(host).post("/api/v1/events", evening(17, 5)).json().get("id").asLong();
        List<User> invited = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            User guest = member();
            as(host).post("/api/v1/events/" + id + "/invitations", Map.of("personId", guest.id()));
            invited.add(guest);
        }

        List<Api.Response> answers = race(40,
                i -> as(invited.get(i)).post("/api/v1/events/" + id + "/participation/accept", null));

        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(5);
        assertThat(answers).filteredOn(r -> r.status() == 409).hasSize(35);
        assertThat(as(host).get("/api/v1/events/" + id).json().get("seatsLeft").asInt()).isZero();
    }

    @Test
    void one_persons_acceptances_at_two_overlapping_events_race_and_at_most_one_stands() throws Exception {
        for (int round = 0; round < 4; round++) {
            User guest = member();
            User firstHost = member();
            User secondHost = member();
            Map<String, Object> first = evening(18 + round, 5);
            OffsetDateTime start = OffsetDateTime.parse((String) first.get("startsAt")).plusMinutes(30);
            Map<String, Object> second = GatheringIT.with(GatheringIT.with(evening(18 + round, 5), "startsAt",
                    start.toString()), "endsAt", start.plusHours(2).toString());
            long a = as(firstHost).post("/api/v1/events", first).json().get("id").asLong();
            long b = as(secondHost).post("/api/v1/events", second).json().get("id").asLong();
            as(guest).post("/api/v1/events/" + a + "/requests", null);
            as(guest).post("/api/v1/events/" + b + "/requests", null);

            List<Api.Response> answers = race(2, i -> i == 0
                    ? as(firstHost).post("/api/v1/events/" + a + "/participants/" + guest.id() + "/accept", null)
                    : as(secondHost).post("/api/v1/events/" + b + "/participants/" + guest.id() + "/accept", null));

            assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
            assertThat(answers).filteredOn(r -> r.status() == 409).hasSize(1)
                    .allMatch(r -> r.json().get("type").asString().endsWith("/overlapping-event"));
            int taken = (5 - as(firstHost).get("/api/v1/events/" + a).json().get("seatsLeft").asInt())
                    + (5 - as(secondHost).get("/api/v1/events/" + b).json().get("seatsLeft").asInt());
            assertThat(taken).as("the refused acceptance took no seat").isEqualTo(1);
        }
    }

    static List<Api.Response> race(int threads, IntFunction<Api.Response> call) throws Exception {
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
