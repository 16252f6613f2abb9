package dev.allot.space.internal;

import dev.allot.space.FloorId;
import dev.allot.space.PlanPosition;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Resources and their amenities, and the search over them. */
@Repository
class ResourceRepository {

    private static final String SELECT = """
            select r.id, r.kind, r.name, r.capacity, r.description, r.photo_url, r.active, r.requires_approval,
                   r.site_id, s.name as site_name, s.time_zone, r.floor_id, f.name as floor_name,
                   r.created_at, r.updated_at, r.plan_x, r.plan_y
            from resource r
            join site s on s.id = r.site_id
            left join floor f on f.id = r.floor_id
            """;

    private final JdbcClient jdbc;

    ResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ResourceDraft draft, long now) {
        long id = jdbc.sql("""
                        insert into resource (site_id, floor_id, kind, name, capacity, description, photo_url,
                                              active, requires_approval, plan_x, plan_y, created_at, updated_at)
                        values (:siteId, :floorId, :kind, :name, :capacity, :description, :photoUrl,
                                :active, :requiresApproval, :planX, :planY, :now, :now)
                        returning id
                        """)
                .params(columns(draft))
                .param("now", now)
                .query(Long.class)
                .single();
        insertAmenities(id, draft.amenities());
        return id;
    }

    boolean update(long id, ResourceDraft draft, long now) {
        int updated = jdbc.sql("""
                        update resource
                        set site_id = :siteId, floor_id = :floorId, kind = :kind, name = :name, capacity = :capacity,
                            description = :description, photo_url = :photoUrl, active = :active,
                            requires_approval = :requiresApproval, plan_x = :planX, plan_y = :planY,
                            updated_at = :now
                        where id = :id
                        """)
                .params(columns(draft))
                .param("now", now)
                .param("id", id)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from resource_amenity where resource_id = :id").param("id", id).update();
        insertAmenities(id, draft.amenities());
        return true;
    }

    private static Map<String, @Nullable Object> columns(ResourceDraft draft) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("siteId", draft.siteId().value());
        columns.put("floorId", draft.floorId() == null ? null : draft.floorId().value());
        columns.put("kind", draft.kind().name());
        columns.put("name", draft.name());
        columns.put("capacity", draft.capacity());
        columns.put("description", draft.description());
        columns.put("photoUrl", draft.photoUrl());
        columns.put("active", draft.active());
        columns.put("requiresApproval", draft.requiresApproval());
        columns.put("planX", draft.position() == null ? null : draft.position().x());
        columns.put("planY", draft.position() == null ? null : draft.position().y());
        return columns;
    }

    private void insertAmenities(long resourceId, Set<String> amenities) {
        for (String amenity : amenities) {
            jdbc.sql("insert into resource_amenity (resource_id, amenity) values (:id, :amenity)")
                    .param("id", resourceId)
                    .param("amenity", amenity)
                    .update();
        }
    }

    int delete(long id) {
        return jdbc.sql("delete from resource where id = :id").param("id", id).update();
    }

    long countInSite(long siteId) {
        return jdbc.sql("select count(*) from resource where site_id = :siteId").param("siteId", siteId)
                .query(Long.class).single();
    }

    Optional<ResourceView> findById(long id) {
        List<ResourceView> found = withAmenities(jdbc.sql(SELECT + " where r.id = :id")
                .param("id", id)
                .query(ResourceRepository::map)
                .list());
        return found.stream().findFirst();
    }

    /** Points the resource at its photo (or at none), without touching anything else an admin entered. */
    void updatePhotoUrl(long id, @Nullable String photoUrl, long now) {
        jdbc.sql("update resource set photo_url = :photoUrl, updated_at = :now where id = :id")
                .param("photoUrl", photoUrl)
                .param("now", now)
                .param("id", id)
                .update();
    }

    /** Places the resource on its floor's plan (or takes it off), without touching anything else. */
    void updatePosition(long id, @Nullable PlanPosition position, long now) {
        jdbc.sql("update resource set plan_x = :x, plan_y = :y, updated_at = :now where id = :id")
                .param("x", position == null ? null : position.x())
                .param("y", position == null ? null : position.y())
                .param("now", now)
                .param("id", id)
                .update();
    }

    java.util.SortedSet<String> amenityTags() {
        return new TreeSet<>(jdbc.sql("select distinct amenity from resource_amenity").query(String.class).list());
    }

    List<ResourceView> findByIds(List<Long> ids) {
        return withAmenities(jdbc.sql(SELECT + " where r.id in (:ids)")
                .param("ids", ids)
                .query(ResourceRepository::map)
                .list());
    }

    /**
     * One page of a search. The filters use resource_by_site_kind and resource_amenity_by_amenity;
     * the free-time condition is the booking module's, on its own index.
     */
    List<ResourceView> search(ResourceQuery query, @Nullable String freeCondition, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, freeCondition, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return withAmenities(jdbc.sql(SELECT + where + " order by s.name, r.name, r.id limit :limit offset :offset")
                .params(params)
                .query(ResourceRepository::map)
                .list());
    }

    long count(ResourceQuery query, @Nullable String freeCondition) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, freeCondition, params);
        return jdbc.sql("select count(*) from resource r " + where).params(params).query(Long.class).single();
    }

    private static String where(ResourceQuery query, @Nullable String freeCondition, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!query.includeInactive()) {
            conditions.add("r.active = true");
        }
        if (query.kind() != null) {
            conditions.add("r.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.siteId() != null) {
            conditions.add("r.site_id = :siteId");
            params.put("siteId", query.siteId().value());
        }
        if (query.floorId() != null) {
            conditions.add("r.floor_id = :floorId");
            params.put("floorId", query.floorId().value());
        }
        if (query.minCapacity() != null) {
            conditions.add("r.capacity >= :minCapacity");
            params.put("minCapacity", query.minCapacity());
        }
        if (!query.amenities().isEmpty()) {
            conditions.add("""
                    (select count(*) from resource_amenity a
                     where a.resource_id = r.id and a.amenity in (:amenities)) = :amenityCount""");
            params.put("amenities", List.copyOf(query.amenities()));
            params.put("amenityCount", query.amenities().size());
        }
        if (freeCondition != null && query.freeFrom() != null && query.freeTo() != null) {
            conditions.add(freeCondition);
            params.put("freeFrom", query.freeFrom().toEpochMilli());
            params.put("freeTo", query.freeTo().toEpochMilli());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private List<ResourceView> withAmenities(List<ResourceView> resources) {
        if (resources.isEmpty()) {
            return resources;
        }
        Map<Long, Set<String>> amenities = new HashMap<>();
        jdbc.sql("select resource_id, amenity from resource_amenity where resource_id in (:ids)")
                .param("ids", resources.stream().map(resource -> resource.id().value()).toList())
                .query(rs -> {
                    amenities.computeIfAbsent(rs.getLong("resource_id"), k -> new TreeSet<>()).add(rs.getString("amenity"));
                });
        return resources.stream()
                .map(r -> new ResourceView(r.id(), r.kind(), r.name(), r.capacity(),
                        java.util.Collections.unmodifiableSet(amenities.getOrDefault(r.id().value(), new TreeSet<>())), r.description(), r.photoUrl(),
                        r.active(), r.requiresApproval(), r.siteId(), r.siteName(), r.timeZone(), r.floorId(),
                        r.floorName(), r.createdAt(), r.updatedAt(), r.position()))
                .toList();
    }

    private static ResourceView map(ResultSet rs, int row) throws SQLException {
        long floorId = rs.getLong("floor_id");
        FloorId floor = rs.wasNull() ? null : new FloorId(floorId);
        return new ResourceView(new ResourceId(rs.getLong("id")), ResourceKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getInt("capacity"), Set.of(), rs.getString("description"),
                rs.getString("photo_url"), rs.getBoolean("active"), rs.getBoolean("requires_approval"),
                new SiteId(rs.getLong("site_id")), rs.getString("site_name"), ZoneId.of(rs.getString("time_zone")),
                floor, rs.getString("floor_name"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")), position(rs));
    }

    private static @Nullable PlanPosition position(ResultSet rs) throws SQLException {
        double x = rs.getDouble("plan_x");
        if (rs.wasNull()) {
            return null;
        }
        double y = rs.getDouble("plan_y");
        return rs.wasNull() ? null : new PlanPosition(x, y);
    }
}
