package dev.allot.space;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search for resources; every filter given must hold. {@code freeFrom}/{@code freeTo} come as a
 * pair and keep only resources with no active booking overlapping [freeFrom, freeTo).
 */
public record ResourceQuery(
        @Nullable ResourceKind kind,
        @Nullable SiteId siteId,
        @Nullable FloorId floorId,
        @Nullable Integer minCapacity,
        Set<String> amenities,
        @Nullable Instant freeFrom,
        @Nullable Instant freeTo,
        boolean includeInactive) {

    public static ResourceQuery all() {
        return new ResourceQuery(null, null, null, null, Set.of(), null, null, false);
    }
}
