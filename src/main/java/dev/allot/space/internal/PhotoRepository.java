package dev.allot.space.internal;

import dev.allot.space.ResourceId;
import dev.allot.space.ResourcePhoto;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Resource photos: the bytes live in the database, so every node serves the same picture. */
@Repository
class PhotoRepository {

    private final JdbcClient jdbc;

    PhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces; the same statement works on SQLite and PostgreSQL. */
    void save(long resourceId, String contentType, byte[] bytes, long now) {
        jdbc.sql("""
                        insert into resource_photo (resource_id, content_type, bytes, updated_at)
                        values (:resourceId, :contentType, :bytes, :now)
                        on conflict (resource_id) do update
                        set content_type = excluded.content_type, bytes = excluded.bytes, updated_at = excluded.updated_at
                        """)
                .param("resourceId", resourceId)
                .param("contentType", contentType)
                .param("bytes", bytes)
                .param("now", now)
                .update();
    }

    boolean delete(long resourceId) {
        return jdbc.sql("delete from resource_photo where resource_id = :resourceId")
                .param("resourceId", resourceId)
                .update() > 0;
    }

    Optional<ResourcePhoto> find(long resourceId) {
        return jdbc.sql("select resource_id, content_type, bytes, updated_at from resource_photo where resource_id = :id")
                .param("id", resourceId)
                .query((rs, n) -> new ResourcePhoto(new ResourceId(rs.getLong("resource_id")),
                        rs.getString("content_type"), rs.getBytes("bytes"),
                        Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .optional();
    }
}
