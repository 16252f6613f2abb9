package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly anonymisation of old bookings, run directly with a short retention at a fixed moment long past. */
class AnonymisingBookingsIT extends AllotIntegrationTest {

    private static final Instant NOW = Instant.parse("2021-01-01T03:30:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingRepository bookings;

    @Autowired
    AnonymisingBookings.Properties configured;

    private AnonymisingBookings anonymising() {
        return new AnonymisingBookings(bookings, new AnonymisingBookings.Properties(Duration.ofDays(2)));
    }

    @Test
    void bookings_ended_long_ago_lose_title_note_and_reason_but_keep_what_reports_need() {
        User member = member();
        long room = room(4);
        long old = booking(room, member, NOW.minus(Duration.ofDays(10)), "CANCELLED");
        long recent = booking(room, member, NOW.minus(Duration.ofDays(1)), "CONFIRMED");

        int first = anonymising().run(NOW);
        int again = anonymising().run(NOW);

        Map<String, Object> anonymised = row(old);
        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(anonymised.get("title")).isEqualTo("Booking");
        assertThat(anonymised.get("note")).isNull();
        assertThat(anonymised.get("reason")).isNull();
        assertThat(((Number) anonymised.get("resource_id")).longValue()).isEqualTo(room);
        assertThat(((Number) anonymised.get("user_id")).longValue()).isEqualTo(member.id());
        assertThat(anonymised.get("status")).isEqualTo("CANCELLED");
        assertThat(((Number) anonymised.get("starts_at")).longValue())
                .isEqualTo(NOW.minus(Duration.ofDays(10)).minus(Duration.ofHours(1)).toEpochMilli());
        assertThat(row(recent).get("title")).isEqualTo("Secret offsite");
    }

    @Test
    void the_anonymisation_is_scheduled_as_its_own_recurring_task() {
        long scheduled = jdbc.sql("select count(*) from scheduled_tasks where task_name = :name")
                .param("name", AnonymisingBookings.TASK).query(Long.class).single();

        assertThat(scheduled).isEqualTo(1);
    }

    @Test
    void the_retention_is_read_from_the_same_setting_as_before_two_years_by_default() {
        assertThat(configured.anonymiseBookingsAfter()).isEqualTo(Duration.ofDays(730));
        assertThat(new AnonymisingBookings.Properties(null).anonymiseBookingsAfter()).isEqualTo(Duration.ofDays(730));
    }

    private long booking(long room, User booker, Instant endsAt, String status) {
        long starts = endsAt.minus(Duration.ofHours(1)).toEpochMilli();
        jdbc.sql("""
                        insert into booking (resource_id, user_id, title, note, attendees, starts_at, ends_at, status,
                                             created_at, updated_at, reason)
                        values (:room, :user, 'Secret offsite', 'Bring the merger papers', 2, :starts, :ends, :status,
                                :starts, :starts, 'Board said so')
                        """)
                .param("room", room).param("user", booker.id()).param("starts", starts)
                .param("ends", endsAt.toEpochMilli()).param("status", status)
                .update();
        return jdbc.sql("select id from booking where resource_id = :room and starts_at = :starts")
                .param("room", room).param("starts", starts).query(Long.class).single();
    }

    private Map<String, Object> row(long bookingId) {
        return jdbc.sql("select title, note, reason, resource_id, user_id, status, starts_at from booking where id = :id")
                .param("id", bookingId).query().singleRow();
    }
}
