package dev.allot.space;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A bookable thing with where it is: its site (and that site's zone) and floor. */
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
        Instant updatedAt) {}
