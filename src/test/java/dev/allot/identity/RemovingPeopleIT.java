package dev.allot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Removing a person from the directory frees what they held: their current and future bookings. */
class RemovingPeopleIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void removal_cancels_current_and_future_bookings_and_frees_the_desk_for_a_colleague() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        long room = resource(site, "ROOM", 4);
        String email = unique("leaving") + "@example.test";
        long leaverId = addWithPassword(email);
        User leaver = signIn(email, PASSWORD);
        OffsetDateTime yesterday9 = at(ZONE, -1, 9, 0);
        // a booking that ended yesterday stays as it was
        clock().set(yesterday9.minusHours(2).toInstant());
        long past = book(as(leaver), room, yesterday9, yesterday9.plusHours(1));
        // one that began half an hour ago and is still going on
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        clock().set(now.minusHours(1).toInstant());
        long current = book(as(leaver), room, now.minusMinutes(30), now.plusMinutes(30));
        clock().reset();
        long tomorrowDesk = book(as(leaver), desk, at(ZONE, 1, 8, 0), at(ZONE, 1, 18, 0));
        long laterRoom = book(as(leaver), room, at(ZONE, 5, 14, 0), at(ZONE, 5, 15, 0));
        User colleague = member();
        Api.Response refused = as(colleague).post("/api/v1/bookings", booking(desk, at(ZONE, 1, 9, 0),
                at(ZONE, 1, 17, 0)));
        assertThat(refused.status()).as("the desk is taken before").isEqualTo(409);

        Api.Response removed = as(admin()).delete("/api/v1/people/" + leaverId);

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        for (long id : new long[] {current, tomorrowDesk, laterRoom}) {
            JsonNode booking = as(admin()).get("/api/v1/bookings/" + id).json();
            assertThat(booking.get("status").asString()).as("booking " + id).isEqualTo("CANCELLED");
            assertThat(booking.get("cancelledBy").asLong()).isEqualTo(admin().id());
            assertThat(booking.get("reason").asString()).isNotBlank();
        }
        assertThat(as(admin()).get("/api/v1/bookings/" + past).json().get("status").asString())
                .isEqualTo("CONFIRMED");
        Api.Response taken = as(colleague).post("/api/v1/bookings", booking(desk, at(ZONE, 1, 9, 0),
                at(ZONE, 1, 17, 0)));
        assertThat(taken.status()).as("the freed desk, " + taken).isEqualTo(201);
        assertThat(as(leaver).post("/api/v1/bookings", booking(room, at(ZONE, 6, 9, 0), at(ZONE, 6, 10, 0)))
                .status()).as("a removed person books nothing").isEqualTo(401);
    }

    @Test
    void removal_gives_up_the_persons_offer_to_the_next_in_line_and_frees_their_fixed_desk() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        long fixed = resource(site, "DESK", 1);
        String day = java.time.LocalDate.now(clock().withZone(java.time.ZoneId.of(ZONE))).plusDays(2).toString();
        long leaverId = addWithPassword(unique("leaving") + "@example.test");
        assertThat(as(admin()).put("/api/v1/desks/" + fixed + "/fixed", Map.of("userId", leaverId)).status())
                .isEqualTo(200);
        User holder = member();
        long booking = as(holder).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day)).json().get("id")
                .asLong();
        String leaverEmail = as(admin()).get("/api/v1/people/" + leaverId).json().get("email").asString();
        User leaver = signIn(leaverEmail, PASSWORD);
        long leaving = as(leaver).post("/api/v1/presence", Map.of("siteId", site, "day", day)).json().get("id").asLong();
        User next = member();
        long waiting = as(next).post("/api/v1/presence", Map.of("siteId", site, "day", day)).json().get("id").asLong();
        as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of());
        assertThat(as(admin()).get("/api/v1/presence/" + leaving).json().get("status").asString()).isEqualTo("OFFERED");

        assertThat(as(admin()).delete("/api/v1/people/" + leaverId).status()).isEqualTo(204);

        assertThat(as(admin()).get("/api/v1/presence/" + leaving).json().get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(as(next).get("/api/v1/presence/" + waiting).json().get("status").asString()).isEqualTo("OFFERED");
        Api.Response freed = as(member()).post("/api/v1/bookings", Map.of("resourceId", fixed, "day", day));
        assertThat(freed.status()).as("the fixed desk is an ordinary one now, " + freed).isEqualTo(201);
    }

    @Test
    void a_refused_removal_cancels_nothing() {
        long room = resource(site(ZONE), "ROOM", 4);
        long booking = book(as(admin()), room, at(ZONE, 2, 9, 0), at(ZONE, 2, 10, 0));

        Api.Response refused = as(admin()).delete("/api/v1/people/" + admin().id());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(as(admin()).get("/api/v1/bookings/" + booking).json().get("status").asString())
                .isEqualTo("CONFIRMED");
    }

    private long addWithPassword(String email) {
        Api.Response added = as(admin()).post("/api/v1/people", Map.of("displayName", unique("Leaving"),
                "email", email, "password", PASSWORD));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private static long book(Api api, long resource, OffsetDateTime start, OffsetDateTime end) {
        Api.Response booked = api.post("/api/v1/bookings", booking(resource, start, end));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.json().get("id").asLong();
    }
}
