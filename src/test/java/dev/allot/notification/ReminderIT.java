package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminders are set with a booking, a day and an hour before it starts, and dropped with it. */
class ReminderIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_booking_gets_reminders_a_day_and_an_hour_before_it_starts() {
        long room = room(4);
        OffsetDateTime start = at(ZONE, 3, 10, 0);
        long id = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        assertThat(reminders(id)).containsExactlyInAnyOrder(
                start.minusDays(1).toInstant(), start.minusHours(1).toInstant());
    }

    @Test
    void a_booking_starting_within_the_hour_gets_no_reminder_for_the_past() {
        long room = room(4);
        OffsetDateTime start = OffsetDateTime.now().plusMinutes(30).withSecond(0).withNano(0);
        long id = as(member()).post("/api/v1/bookings", booking(room, start, start.plusMinutes(30))).json().get("id").asLong();

        assertThat(reminders(id)).isEmpty();
    }

    @Test
    void cancelling_a_booking_drops_its_reminders() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 4, 10, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        as(member).post("/api/v1/bookings/" + id + "/cancel", null);

        assertThat(reminders(id)).isEmpty();
    }

    private List<Instant> reminders(long bookingId) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = 'notify-due' "
                        + "and task_instance like :prefix")
                .param("prefix", "booking-reminder:booking-" + bookingId + ":%")
                .query((rs, row) -> rs.getTimestamp(1, java.util.Calendar.getInstance(
                        java.util.TimeZone.getTimeZone("UTC"))).toInstant())
                .list();
    }
}
