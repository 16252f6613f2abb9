package dev.allot.notification.internal.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.Bookings;
import dev.allot.testing.AllotIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly clean-up, run directly with a short retention at a fixed moment long past. */
class RetentionIT extends AllotIntegrationTest {

    private static final Instant NOW = Instant.parse("2021-01-01T03:30:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Bookings bookings;

    private Retention retention() {
        return new Retention(jdbc, bookings, new RetentionProperties(Duration.ofDays(1), Duration.ofDays(2)));
    }

    @Test
    void old_read_notifications_go_while_unread_and_recent_ones_stay() {
        User member = member();
        long oldRead = notification(member, NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2)));
        long oldUnread = notification(member, NOW.minus(Duration.ofDays(3)), null);
        long recentRead = notification(member, NOW.minus(Duration.ofHours(12)), NOW.minus(Duration.ofHours(1)));

        Retention.Result result = retention().run(NOW);

        assertThat(result.notifications()).isEqualTo(1);
        assertThat(exists("notification", oldRead)).isFalse();
        assertThat(exists("notification", oldUnread)).isTrue();
        assertThat(exists("notification", recentRead)).isTrue();
    }

    @Test
    void bookings_ended_long_ago_lose_title_note_and_reason_but_keep_what_reports_need() {
        User member = member();
        long room = room(4);
        long old = booking(room, member, NOW.minus(Duration.ofDays(10)), "CANCELLED");
        long recent = booking(room, member, NOW.minus(Duration.ofDays(1)), "CONFIRMED");

        int first = retention().run(NOW).bookings();
        int again = retention().run(NOW).bookings();

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
    void the_clean_up_is_scheduled_as_a_recurring_task() {
        long scheduled = jdbc.sql("select count(*) from scheduled_tasks where task_name = :name")
                .param("name", Retention.TASK).query(Long.class).single();

        assertThat(scheduled).isEqualTo(1);
    }

    private long notification(User owner, Instant createdAt, @Nullable Instant readAt) {
        String key = unique("retention");
        jdbc.sql("""
                        insert into notification (user_id, kind, title, body, link, created_at, read_at, delivery_key)
                        values (:user, 'booking-created', 'Booked', 'Body', null, :created, :read, :key)
                        """)
                .param("user", owner.id()).param("created", createdAt.toEpochMilli())
                .param("read", readAt == null ? null : readAt.toEpochMilli()).param("key", key)
                .update();
        return jdbc.sql("select id from notification where delivery_key = :key").param("key", key)
                .query(Long.class).single();
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

    private boolean exists(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id).query(Long.class).single() == 1;
    }
}
