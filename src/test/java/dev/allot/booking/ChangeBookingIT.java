package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import dev.allot.testing.Api;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Moving or editing a booking keeps every rule of booking it, and tells whoever needs to know. */
class ChangeBookingIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> times(OffsetDateTime start, OffsetDateTime end) {
        return Map.of("startsAt", start.toString(), "endsAt", end.toString());
    }

    @Test
    void a_member_moves_their_booking_to_a_free_time_and_its_reminders_move_with_it() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 4, 9, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        OffsetDateTime later = start.plusHours(5);
        Api.Response moved = as(member).put("/api/v1/bookings/" + id, times(later, later.plusHours(2)));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("startsAt").asString()).isEqualTo(later.toLocalDate() + "T14:00:00" + later.getOffset());
        assertThat(moved.json().get("title").asString()).isEqualTo("Meeting");
        assertThat(reminders(id)).containsExactlyInAnyOrder(later.minusDays(1).toInstant(), later.minusHours(1).toInstant());
        JsonNode audit = as(admin()).get("/api/v1/audit?action=booking.changed&targetType=booking&targetId=" + id).json();
        assertThat(audit.get("items")).hasSize(1);
        assertThat(audit.get("items").get(0).get("actorId").asLong()).isEqualTo(member.id());
    }

    @Test
    void a_change_that_overlaps_only_the_booking_itself_is_allowed() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 4, 11, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        Api.Response longer = as(member).put("/api/v1/bookings/" + id, times(start.plusMinutes(30), start.plusHours(2)));

        assertThat(longer.status()).as(longer.toString()).isEqualTo(200);
    }

    @Test
    void moving_onto_someone_elses_booking_is_refused_naming_their_time() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 5, 9, 0);
        long mine = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();
        as(member()).post("/api/v1/bookings", booking(room, start.plusHours(3), start.plusHours(4)));

        Api.Response clash = as(member).put("/api/v1/bookings/" + mine, times(start.plusHours(3), start.plusHours(4)));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("conflict").get("startsAt").asString()).contains("T12:00:00");
        assertThat(as(member).get("/api/v1/bookings/" + mine).json().get("startsAt").asString()).contains("T09:00:00");
    }

    @Test
    void only_the_booker_or_an_admin_may_change_a_booking() {
        long room = room(4);
        OffsetDateTime start = at(ZONE, 6, 9, 0);
        long id = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        assertThat(as(member()).put("/api/v1/bookings/" + id, times(start, start.plusHours(2))).status()).isEqualTo(403);
        assertThat(as(viewer()).put("/api/v1/bookings/" + id, times(start, start.plusHours(2))).status()).isEqualTo(403);
        assertThat(as(admin()).put("/api/v1/bookings/" + id, times(start, start.plusHours(2))).status()).isEqualTo(200);
    }

    @Test
    void a_change_keeps_the_booking_rules() {
        User member = member();
        long room = room(4);
        OffsetDateTime start = at(ZONE, 6, 13, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        Api.Response tooLong = as(member).put("/api/v1/bookings/" + id, times(start, start.plusHours(13)));
        Api.Response backwards = as(member).put("/api/v1/bookings/" + id, times(start, start.minusHours(1)));

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("violations").get(0).get("rule").asString()).isEqualTo("max-duration");
        assertThat(backwards.status()).isEqualTo(422);
    }

    @Test
    void a_member_moving_a_booking_of_a_room_that_needs_approval_waits_for_approval_again_and_hears_of_the_admins_change() {
        User member = member();
        long room = resource(site(ZONE), "ROOM", 8, true);
        OffsetDateTime start = at(ZONE, 7, 9, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();
        as(admin()).post("/api/v1/bookings/" + id + "/approve", null);

        Api.Response moved = as(member).put("/api/v1/bookings/" + id, times(start.plusHours(1), start.plusHours(2)));
        Api.Response byAdmin = as(admin()).put("/api/v1/bookings/" + id, times(start.plusHours(2), start.plusHours(3)));

        assertThat(moved.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(byAdmin.json().get("status").asString()).isEqualTo("PENDING");
        awaitNotifications(member, "booking-changed", 1);
        // Only the admin's move is news to the member; their own came as an emailed receipt alone.
        List<String> changes = as(member).get("/api/v1/notifications?size=100").json().get("items").valueStream()
                .filter(item -> item.get("kind").asString().equals("booking-changed"))
                .map(item -> item.get("body").asString()).toList();
        assertThat(changes).singleElement().asString().startsWith("Administrator changed your booking");
    }

    private List<Instant> reminders(long bookingId) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = 'notify-due' "
                        + "and task_instance like :prefix")
                .param("prefix", "booking-reminder:booking-" + bookingId + ":%")
                .query((rs, row) -> rs.getTimestamp(1, java.util.Calendar.getInstance(
                        java.util.TimeZone.getTimeZone("UTC"))).toInstant())
                .list();
    }

    private void awaitNotifications(User user, String kind, int count) {
        long found = Eventually.until(count + " notifications of kind " + kind + " for " + user.email() + " (found)",
                () -> as(user).get("/api/v1/notifications?size=100").json().get("items").valueStream()
                        .filter(item -> item.get("kind").asString().equals(kind)).count(),
                n -> n >= count);
        assertThat(found).as("%s notifications of kind %s", user.email(), kind).isEqualTo(count);
    }
}
