package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import dev.allot.testing.ProbeConsumer;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Booking events reach each consumer once, in order, after the commit; a poisonous one holds up nothing else. */
class BookingOutboxIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Autowired
    ProbeConsumer probe;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_consumer_receives_each_event_of_a_booking_once_and_in_order() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 3, 9, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();
        Api.Response moved = as(member).put("/api/v1/bookings/" + id, Map.of("startsAt", start.plusHours(2).toString(),
                "endsAt", start.plusHours(3).toString()));
        Api.Response cancelled = as(member).post("/api/v1/bookings/" + id + "/cancel", null);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(probe.seenFor(id)).containsExactly("BookingCreated", "BookingChanged", "BookingCancelled");
        assertThat(waiting(id)).isZero();
    }

    @Test
    void an_event_a_consumer_keeps_failing_on_is_set_aside_and_holds_up_nothing_else() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 4, 9, 0);
        int poisonedBefore = probe.poisoned();
        Api.Response poison = as(member).post("/api/v1/bookings", Map.of("resourceId", room,
                "startsAt", start.toString(), "endsAt", start.plusHours(1).toString(), "title", ProbeConsumer.POISON,
                "attendees", 1));
        Api.Response after = as(member).post("/api/v1/bookings", booking(room, start.plusHours(2), start.plusHours(3)));
        long poisonId = poison.json().get("id").asLong();
        long afterId = after.json().get("id").asLong();

        Map<String, Object> setAside = jdbc.sql("""
                        select p.attempts, p.failed_at from booking_outbox_pending p
                          join booking_outbox o on o.id = p.event_id
                         where p.consumer = 'test-probe' and o.body like :booking
                        """)
                .param("booking", "%\"id\":{\"value\":" + poisonId + "}%").query().singleRow();
        long counted = jdbc.sql("select count(*) from occupancy_booking where booking_id = :id").param("id", poisonId)
                .query(Long.class).single();

        assertThat(probe.seenFor(poisonId)).isEmpty();
        assertThat(probe.poisoned() - poisonedBefore).isGreaterThanOrEqualTo(5);
        assertThat(((Number) setAside.get("attempts")).intValue()).isEqualTo(5);
        assertThat(setAside.get("failed_at")).isNotNull();
        assertThat(probe.seenFor(afterId)).containsExactly("BookingCreated");
        assertThat(counted).as("the other consumers handled the poisonous event").isEqualTo(1);
    }

    /** Pending rows, set aside or not, of the events that name the booking. */
    private long waiting(long bookingId) {
        return jdbc.sql("""
                        select count(*) from booking_outbox_pending p join booking_outbox o on o.id = p.event_id
                         where o.body like :booking
                        """)
                .param("booking", "%\"id\":{\"value\":" + bookingId + "}%").query(Long.class).single();
    }
}
