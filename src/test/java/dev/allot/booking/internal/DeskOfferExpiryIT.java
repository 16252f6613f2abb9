package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The expiry of a desk offer is a durable task, scheduled with the offer, that acts once and only when due. */
class DeskOfferExpiryIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Autowired
    DeskLine line;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_offer_schedules_its_expiry_task_which_acts_once_when_due_and_offers_the_desk_to_the_next() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(3);
        User holder = member();
        long booking = as(holder).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day.toString()))
                .json().get("id").asLong();
        User first = member();
        User second = member();
        long offered = as(first).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString()))
                .json().get("id").asLong();
        long next = as(second).post("/api/v1/presence", Map.of("siteId", site, "day", day.toString()))
                .json().get("id").asLong();
        as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of());
        JsonNode offer = as(first).get("/api/v1/presence/" + offered).json();
        Instant expiresAt = Instant.parse(offer.get("offerExpiresAt").asString());

        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = :task and task_instance = :id")
                .param("task", DeskOfferExpiry.TASK)
                .param("id", String.valueOf(offered))
                .query(Long.class).single()).as("the durable task row").isEqualTo(1);
        assertThat(line.expire(offered)).as("not yet due").isFalse();

        clock().set(expiresAt);
        boolean firstRun = line.expire(offered);
        boolean secondRun = line.expire(offered);

        assertThat(firstRun).isTrue();
        assertThat(secondRun).isFalse();
        assertThat(as(first).get("/api/v1/presence/" + offered).json().get("status").asString()).isEqualTo("EXPIRED");
        JsonNode nextOffer = as(second).get("/api/v1/presence/" + next).json();
        assertThat(nextOffer.get("status").asString()).isEqualTo("OFFERED");
        assertThat(nextOffer.get("desk").get("id").asLong()).isEqualTo(desk);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'desk.offer-expired' and target_id = :id")
                .param("id", String.valueOf(offered))
                .query(Long.class).single()).isEqualTo(1);
    }
}
