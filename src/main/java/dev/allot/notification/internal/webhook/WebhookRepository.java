package dev.allot.notification.internal.webhook;

import dev.allot.notification.WebhookDeliveryStatus;
import dev.allot.notification.WebhookDeliveryView;
import dev.allot.notification.WebhookId;
import dev.allot.notification.WebhookView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookRepository {

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a delivery task needs: where to post, what, and with which secret. */
    record PendingDelivery(long id, String url, String secret, String eventType, String payload, int attempts) {}

    long insert(String url, String secret, @Nullable String description, Instant createdAt) {
        return jdbc.sql("""
                        insert into webhook (url, secret, active, created_at, description)
                        values (:url, :secret, :active, :createdAt, :description)
                        returning id
                        """)
                .param("url", url)
                .param("secret", secret)
                .param("active", true)
                .param("createdAt", createdAt.toEpochMilli())
                .param("description", description, java.sql.Types.VARCHAR)
                .query(Long.class)
                .single();
    }

    List<WebhookView> all() {
        return jdbc.sql("select id, url, description, active, created_at from webhook order by id")
                .query(WebhookRepository::webhook)
                .list();
    }

    Optional<WebhookView> find(long id) {
        return jdbc.sql("select id, url, description, active, created_at from webhook where id = :id")
                .param("id", id)
                .query(WebhookRepository::webhook)
                .optional();
    }

    /** The ids of the webhooks that get events (index webhook_active). */
    List<Long> active() {
        return jdbc.sql("select id from webhook where active = :active order by id")
                .param("active", true)
                .query(Long.class)
                .list();
    }

    /** Deletes the webhook; its deliveries go with it (on delete cascade). */
    boolean delete(long id) {
        return jdbc.sql("delete from webhook where id = :id").param("id", id).update() == 1;
    }

    long insertDelivery(long webhookId, String eventType, String payload, Instant createdAt) {
        return jdbc.sql("""
                        insert into webhook_delivery (webhook_id, event_type, payload, status, attempts, created_at)
                        values (:webhookId, :eventType, :payload, 'PENDING', 0, :createdAt)
                        returning id
                        """)
                .param("webhookId", webhookId)
                .param("eventType", eventType)
                .param("payload", payload)
                .param("createdAt", createdAt.toEpochMilli())
                .query(Long.class)
                .single();
    }

    /** The delivery if it is still to be made: none once delivered, failed, or its webhook deleted. */
    Optional<PendingDelivery> pending(long deliveryId) {
        return jdbc.sql("""
                        select d.id, w.url, w.secret, d.event_type, d.payload, d.attempts
                          from webhook_delivery d
                          join webhook w on w.id = d.webhook_id
                         where d.id = :id and d.status = 'PENDING'
                        """)
                .param("id", deliveryId)
                .query((rs, row) -> new PendingDelivery(rs.getLong("id"), rs.getString("url"), rs.getString("secret"),
                        rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts")))
                .optional();
    }

    /** Records one attempt: its number, the receiver's answer and the status it leaves the delivery in. */
    void recordAttempt(long deliveryId, int attempts, WebhookDeliveryStatus status, @Nullable Integer statusCode,
            @Nullable String error, @Nullable Instant deliveredAt) {
        jdbc.sql("""
                        update webhook_delivery
                           set attempts = :attempts, status = :status, last_status_code = :statusCode,
                               last_error = :error, delivered_at = :deliveredAt
                         where id = :id
                        """)
                .param("id", deliveryId)
                .param("attempts", attempts)
                .param("status", status.name())
                .param("statusCode", statusCode, java.sql.Types.INTEGER)
                .param("error", error, java.sql.Types.VARCHAR)
                .param("deliveredAt", deliveredAt == null ? null : deliveredAt.toEpochMilli(), java.sql.Types.BIGINT)
                .update();
    }

    /** A webhook's deliveries, newest first (index webhook_delivery_by_webhook). */
    List<WebhookDeliveryView> deliveries(long webhookId, int limit, long offset) {
        return jdbc.sql("""
                        select id, webhook_id, event_type, status, attempts, last_status_code, last_error,
                               created_at, delivered_at
                          from webhook_delivery
                         where webhook_id = :webhookId
                         order by id desc
                         limit :limit offset :offset
                        """)
                .param("webhookId", webhookId)
                .param("limit", limit)
                .param("offset", offset)
                .query(WebhookRepository::delivery)
                .list();
    }

    long countDeliveries(long webhookId) {
        return jdbc.sql("select count(*) from webhook_delivery where webhook_id = :webhookId")
                .param("webhookId", webhookId)
                .query(Long.class)
                .single();
    }

    private static WebhookView webhook(ResultSet rs, int row) throws SQLException {
        return new WebhookView(new WebhookId(rs.getLong("id")), rs.getString("url"), rs.getString("description"),
                rs.getBoolean("active"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private static WebhookDeliveryView delivery(ResultSet rs, int row) throws SQLException {
        int code = rs.getInt("last_status_code");
        Integer statusCode = rs.wasNull() ? null : code;
        long delivered = rs.getLong("delivered_at");
        Instant deliveredAt = rs.wasNull() ? null : Instant.ofEpochMilli(delivered);
        return new WebhookDeliveryView(rs.getLong("id"), new WebhookId(rs.getLong("webhook_id")),
                rs.getString("event_type"), WebhookDeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), statusCode, rs.getString("last_error"),
                Instant.ofEpochMilli(rs.getLong("created_at")), deliveredAt);
    }
}
