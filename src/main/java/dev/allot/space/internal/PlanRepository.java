package dev.allot.space.internal;

import dev.allot.space.FloorId;
import dev.allot.space.FloorPlan;
import dev.allot.space.FloorPlanImage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Floor plans: the bytes live in the database, so every node serves the same plan. */
@Repository
class PlanRepository {

    private static final String META = "select floor_id, content_type, width, height, length(bytes) as size, updated_at";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces; the same statement works on SQLite and PostgreSQL. */
    void save(long floorId, PlanFormat.Checked plan, byte[] bytes, long now) {
        jdbc.sql("""
                        insert into floor_plan (floor_id, content_type, bytes, width, height, updated_at)
                        values (:floorId, :contentType, :bytes, :width, :height, :now)
                        on conflict (floor_id) do update
                        set content_type = excluded.content_type, bytes = excluded.bytes, width = excluded.width,
                            height = excluded.height, updated_at = excluded.updated_at
                        """)
                .param("floorId", floorId)
                .param("contentType", plan.contentType())
                .param("bytes", bytes)
                .param("width", plan.width())
                .param("height", plan.height())
                .param("now", now)
                .update();
    }

    boolean delete(long floorId) {
        return jdbc.sql("delete from floor_plan where floor_id = :floorId").param("floorId", floorId).update() > 0;
    }

    Optional<FloorPlan> find(long floorId) {
        return jdbc.sql(META + " from floor_plan where floor_id = :id")
                .param("id", floorId)
                .query((rs, n) -> plan(rs))
                .optional();
    }

    Optional<FloorPlanImage> findImage(long floorId) {
        return jdbc.sql(META + ", bytes from floor_plan where floor_id = :id")
                .param("id", floorId)
                .query((rs, n) -> new FloorPlanImage(plan(rs), rs.getBytes("bytes")))
                .optional();
    }

    private static FloorPlan plan(ResultSet rs) throws SQLException {
        return new FloorPlan(new FloorId(rs.getLong("floor_id")), rs.getString("content_type"), rs.getInt("width"),
                rs.getInt("height"), rs.getLong("size"), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
