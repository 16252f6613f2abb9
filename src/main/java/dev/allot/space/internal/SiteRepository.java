package dev.allot.space.internal;

import dev.allot.space.DailyHours;
import dev.allot.space.FloorId;
import dev.allot.space.FloorView;
import dev.allot.space.OpeningHours;
import dev.allot.space.SiteDraft;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sites with their opening hours, and floors. */
@Repository
class SiteRepository {

    private final JdbcClient jdbc;

    SiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(SiteDraft draft, long now) {
        long id = jdbc.sql("""
                        insert into site (name, address, time_zone, created_at)
                        values (:name, :address, :timeZone, :now)
                        returning id
                        """)
                .param("name", draft.name())
                .param("address", draft.address())
                .param("timeZone", draft.timeZone())
                .param("now", now)
                .query(Long.class)
                .single();
        insertHours(id, draft.openingHours());
        return id;
    }

    boolean update(long id, SiteDraft draft) {
        int updated = jdbc.sql("update site set name = :name, address = :address, time_zone = :timeZone where id = :id")
                .param("name", draft.name())
                .param("address", draft.address())
                .param("timeZone", draft.timeZone())
                .param("id", id)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from site_opening_hours where site_id = :id").param("id", id).update();
        insertHours(id, draft.openingHours());
        return true;
    }

    private void insertHours(long siteId, OpeningHours hours) {
        for (DailyHours day : hours.days()) {
            jdbc.sql("""
                            insert into site_opening_hours (site_id, day_of_week, opens_at, closes_at)
                            values (:siteId, :day, :opens, :closes)
                            """)
                    .param("siteId", siteId)
                    .param("day", day.day().getValue())
                    .param("opens", day.opens().toString())
                    .param("closes", day.closes().toString())
                    .update();
        }
    }

    int delete(long id) {
        return jdbc.sql("delete from site where id = :id").param("id", id).update();
    }

    Optional<SiteView> findById(long id) {
        return find("where s.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<SiteView> findAll() {
        return find("", Map.of());
    }

    private List<SiteView> find(String where, Map<String, Object> params) {
        record Row(long id, String name, String address, String timeZone) {}
        List<Row> rows = jdbc.sql("select s.id, s.name, s.address, s.time_zone from site s " + where + " order by s.name, s.id")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getString("address"),
                        rs.getString("time_zone")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DailyHours>> hours = new HashMap<>();
        jdbc.sql("select site_id, day_of_week, opens_at, closes_at from site_opening_hours where site_id in (:ids)")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    hours.computeIfAbsent(rs.getLong("site_id"), k -> new ArrayList<>()).add(new DailyHours(
                            DayOfWeek.of(rs.getInt("day_of_week")), LocalTime.parse(rs.getString("opens_at")),
                            LocalTime.parse(rs.getString("closes_at"))));
                });
        return rows.stream().map(row -> {
            List<DailyHours> days = new ArrayList<>(hours.getOrDefault(row.id(), List.of()));
            days.sort(Comparator.comparing(DailyHours::day));
            return new SiteView(new SiteId(row.id()), row.name(), row.address(), ZoneId.of(row.timeZone()),
                    new OpeningHours(days));
        }).toList();
    }

    long insertFloor(long siteId, String name, int level) {
        return jdbc.sql("insert into floor (site_id, name, level) values (:siteId, :name, :level) returning id")
                .param("siteId", siteId)
                .param("name", name)
                .param("level", level)
                .query(Long.class)
                .single();
    }

    List<FloorView> floors(long siteId) {
        return jdbc.sql("select id, site_id, name, level from floor where site_id = :siteId order by level, name")
                .param("siteId", siteId)
                .query((rs, n) -> new FloorView(new FloorId(rs.getLong("id")), new SiteId(rs.getLong("site_id")),
                        rs.getString("name"), rs.getInt("level")))
                .list();
    }

    Optional<FloorView> floor(long floorId) {
        return jdbc.sql("select id, site_id, name, level from floor where id = :id")
                .param("id", floorId)
                .query((rs, n) -> new FloorView(new FloorId(rs.getLong("id")), new SiteId(rs.getLong("site_id")),
                        rs.getString("name"), rs.getInt("level")))
                .optional();
    }
}
