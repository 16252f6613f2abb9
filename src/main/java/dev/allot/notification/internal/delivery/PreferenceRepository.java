package dev.allot.notification.internal.delivery;

import dev.allot.notification.NotificationChannel;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows exist only for cells a person has set; the primary key (user_id, kind, channel) finds them. */
@Repository
class PreferenceRepository {

    record Cell(String kind, NotificationChannel channel, boolean enabled) {}

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Cell> cells(long userId) {
        return jdbc.sql("select kind, channel, enabled from notification_preference where user_id = :userId")
                .param("userId", userId)
                .query((rs, row) -> new Cell(rs.getString("kind"), NotificationChannel.valueOf(rs.getString("channel")),
                        rs.getBoolean("enabled")))
                .list();
    }

    void set(long userId, String kind, NotificationChannel channel, boolean enabled) {
        jdbc.sql("""
                        insert into notification_preference (user_id, kind, channel, enabled)
                        values (:userId, :kind, :channel, :enabled)
                        on conflict (user_id, kind, channel) do update set enabled = excluded.enabled
                        """)
                .param("userId", userId)
                .param("kind", kind)
                .param("channel", channel.name())
                .param("enabled", enabled)
                .update();
    }
}
