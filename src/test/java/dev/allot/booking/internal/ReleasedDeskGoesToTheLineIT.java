package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Where attendance confirmation meets the waiting list: a desk released because its holder said
 * "no", or did not answer by the deadline, is offered to the first person waiting for that day.
 */
class ReleasedDeskGoesToTheLineIT extends AllotIntegrationTest {

    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

    @Autowired
    AttendanceSweep sweep;

    private static Instant local(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(YEREVAN).toInstant();
    }

    /** A member signed in at the test clock's time (tokens live on the application's clock). */
    private User fresh(User user) {
        return signIn(user.email(), PASSWORD);
    }

    private record Line(long desk, long site, long booking, User holder, User waiting, long presence) {}

    /** One desk, booked two days ahead of {@code day}, and one person waiting for it. */
    private Line fullDay(LocalDate day) {
        clock().set(local(day.minusDays(2), 12));
        long site = site(YEREVAN.getId());
        long desk = resource(site, "DESK", 1);
        User holder = member();
        Api.Response booked = as(holder).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day.toString()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        User waiting = member();
        Api.Response joined = as(waiting).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString()));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.json().get("status").asString()).isEqualTo("WAITING");
        return new Line(desk, site, booked.json().get("id").asLong(), holder, waiting, joined.json().get("id").asLong());
    }

    private JsonNode presence(Line line) {
        return as(fresh(line.waiting())).get("/api/v1/presence/" + line.presence()).json();
    }

    @Test
    void a_desk_its_holder_will_not_use_is_offered_to_the_first_person_waiting() {
        LocalDate day = LocalDate.of(2028, 3, 14);
        Line line = fullDay(day);
        clock().set(local(day.minusDays(1), 17));

        Api.Response no = as(fresh(line.holder())).post("/api/v1/bookings/" + line.booking() + "/attendance",
                Map.of("coming", false));

        assertThat(no.status()).as(no.toString()).isEqualTo(200);
        JsonNode offered = presence(line);
        assertThat(offered.get("status").asString()).isEqualTo("OFFERED");
        assertThat(offered.get("desk").get("id").asLong()).isEqualTo(line.desk());
        Api.Response accepted = as(fresh(line.waiting())).post("/api/v1/presence/" + line.presence() + "/accept", null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("BOOKED");
    }

    @Test
    void a_desk_not_confirmed_by_the_deadline_is_offered_on_the_day_for_a_short_while() {
        LocalDate day = LocalDate.of(2028, 3, 21);
        Line line = fullDay(day);
        Instant question = local(day.minusDays(1), 16);
        Instant deadline = local(day, 10);
        clock().set(question);
        sweep.run(question);
        clock().set(deadline);

        sweep.run(deadline);

        assertThat(as(admin()).get("/api/v1/bookings/" + line.booking()).json().get("status").asString())
                .isEqualTo("CANCELLED");
        JsonNode offered = presence(line);
        assertThat(offered.get("status").asString()).isEqualTo("OFFERED");
        Instant expires = Instant.parse(offered.get("offerExpiresAt").asString());
        // the day has begun: the hold is the short minimum, and ends before the day does
        assertThat(expires).isAfter(deadline).isBeforeOrEqualTo(deadline.plusSeconds(15 * 60));
    }
}
