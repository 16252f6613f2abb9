package dev.allot.notification.internal.inbox;

import dev.allot.notification.NotificationId;
import dev.allot.notification.NotificationView;
import dev.allot.notification.RenderedNotification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The inbox table (notification_by_user for a person's list); actions are a JSON array of label and target. */
@Repository
public class NotificationRepository {

    private static final String COLUMNS = "id, kind, title, body, link, actions, created_at, read_at";
    private static final TypeReference<List<RenderedNotification.Action>> ACTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NotificationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a notification once per delivery key: a re-run delivery changes nothing. */
    public boolean insertOnce(long userId, String kind, String title, String body, @Nullable String link,
            List<RenderedNotification.Action> actions, long now, String deliveryKey) {
        return jdbc.sql("""
                        insert into notification (user_id, kind, title, body, link, actions, created_at, delivery_key)
                        values (:userId, :kind, :title, :body, :link, :actions, :now, :deliveryKey)
                        on conflict do nothing
                        """)
                .param("userId", userId)
                .param("kind", kind)
                .param("title", title)
                .param("body", body)
                .param("link", link)
                .param("actions", actions.isEmpty() ? null : json.writeValueAsString(actions))
                .param("now", now)
                .param("deliveryKey", deliveryKey)
                .update() == 1;
    }

    public List<NotificationView> page(long userId, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where user_id = :userId "
                        + "order by created_at desc, id desc limit :limit offset :offset")
                .param("userId", userId)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    public long count(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :userId").param("userId", userId)
                .query(Long.class).single();
    }

    public long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :userId and read_at is null")
                .param("userId", userId).query(Long.class).single();
    }

    public Optional<NotificationView> find(long userId, long id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id and user_id = :userId")
                .param("id", id).param("userId", userId)
                .query(this::map)
                .optional();
    }

    public void markRead(long userId, long id, long now) {
        jdbc.sql("update notification set read_at = :now where id = :id and user_id = :userId and read_at is null")
                .param("now", now).param("id", id).param("userId", userId).update();
    }

    private NotificationView map(ResultSet rs, int row) throws SQLException {
        rs.getLong("read_at");
        boolean read = !rs.wasNull();
        String actions = rs.getString("actions");
        return new NotificationView(new NotificationId(rs.getLong("id")), rs.getString("kind"), rs.getString("title"),
                rs.getString("body"), rs.getString("link"),
                actions == null ? List.of() : json.readValue(actions, ACTIONS),
                Instant.ofEpochMilli(rs.getLong("created_at")), read);
    }
}
