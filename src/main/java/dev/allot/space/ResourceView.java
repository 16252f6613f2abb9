package dev.allot.space;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A bookable thing with where it is: its site (and that site's zone) and floor, and where it is on
 * the floor's plan ({@code position}, null when not placed).
 */
public record ResourceView(
        ResourceId id,
        ResourceKind kind,
        String name,
        int capacity,
        Set<String> amenities,
        @Nullable String description,
        @Nullable String photoUrl,
        boolean active,
        boolean requiresApproval,
        SiteId siteId,
        String siteName,
        ZoneId timeZone,
        @Nullable FloorId floorId,
        @Nullable String floorName,
        Instant createdAt,
        Instant updatedAt,
        @Nullable PlanPosition position) {

    /** A resource not placed on a plan. */
    public ResourceView(ResourceId id, ResourceKind kind, String name, int capacity, Set<String> amenities,
            @Nullable String description, @Nullable String photoUrl, boolean active, boolean requiresApproval,
            SiteId siteId, String siteName, ZoneId timeZone, @Nullable FloorId floorId, @Nullable String floorName,
            Instant createdAt, Instant updatedAt) {
        this(id, kind, name, capacity, amenities, description, photoUrl, active, requiresApproval, siteId, siteName,
                timeZone, floorId, floorName, createdAt, updatedAt, null);
    }
}
