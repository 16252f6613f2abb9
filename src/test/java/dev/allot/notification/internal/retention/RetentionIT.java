package dev.allot.notification.internal.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly clean-up, run directly with a short retention at a fixed moment long past. */
class RetentionIT extends AllotIntegrationTest {

    private static final Instant NOW = Instant.parse("2021-01-01T03:30:00Z");

    @Autowired
    JdbcClient jdbc;

    private Retention retention() {
        return new Retention(jdbc, new RetentionProperties(Duration.ofDays(1)));
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

    private boolean exists(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id).query(Long.class).single() == 1;
    }
}
