package dev.allot.audit.internal;

import dev.allot.audit.AuditEntry;
import dev.allot.audit.AuditQuery;
import dev.allot.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private static final String COLUMNS = "id, occurred_at, actor_id, action, target_type, target_id, details";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    AuditRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        // A separate template that fetches in batches, so that PostgreSQL streams a long export.
        JdbcTemplate batched = new JdbcTemplate(template.getDataSource());
        batched.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(batched);
    }

    void insert(long occurredAt, @Nullable Long actorId, String action, String targetType, String targetId,
            String details) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_id, action, target_type, target_id, details)
                        values (:occurredAt, :actorId, :action, :targetType, :targetId, :details)
                        """)
                .param("occurredAt", occurredAt)
                .param("actorId", actorId, java.sql.Types.BIGINT)
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("details", details)
                .update();
    }

    /** Newest first; index audit_event_time, or the actor/target/action index when filtered by those. */
    List<AuditEntry> page(AuditQuery query, long offset, int limit) {
        Filter filter = Filter.of(query);
        return jdbc.sql("select " + COLUMNS + " from audit_event" + filter.where()
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(filter.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditRepository::map)
                .list();
    }

    long count(AuditQuery query) {
        Filter filter = Filter.of(query);
        return jdbc.sql("select count(*) from audit_event" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
        Filter filter = Filter.of(query);
        streaming.query("select " + COLUMNS + " from audit_event" + filter.where()
                        + " order by occurred_at desc, id desc",
                filter.params(), (RowCallbackHandler) rs -> consumer.accept(map(rs, 0)));
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        long actor = rs.getLong("actor_id");
        UserId actorId = rs.wasNull() ? null : new UserId(actor);
        return new AuditEntry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("occurred_at")), actorId,
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("details"));
    }

    /** The where clause of a query and its parameters; only the filters given take part. */
    private record Filter(String where, Map<String, Object> params) {

        static Filter of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (query.actorId() != null) {
                conditions.add("actor_id = :actorId");
                params.put("actorId", query.actorId().value());
            }
            if (query.action() != null) {
                conditions.add("action = :action");
                params.put("action", query.action());
            }
            if (query.targetType() != null) {
                conditions.add("target_type = :targetType");
                params.put("targetType", query.targetType());
            }
            if (query.targetId() != null) {
                conditions.add("target_id = :targetId");
                params.put("targetId", query.targetId());
            }
            if (query.from() != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", query.from().toEpochMilli());
            }
            if (query.to() != null) {
                conditions.add("occurred_at < :to");
                params.put("to", query.to().toEpochMilli());
            }
            return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }
    }
}
