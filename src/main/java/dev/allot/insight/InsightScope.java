package dev.allot.insight;

import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Which resources a figure covers: one resource, or the resources of a site (inactive ones too, for
 * their history), optionally narrowed to a floor, a kind and a capacity range (room size). A resource
 * scope needs no site; any other needs one.
 */
public record InsightScope(
        @Nullable SiteId siteId,
        @Nullable FloorId floorId,
        @Nullable ResourceId resourceId,
        @Nullable ResourceKind kind,
        @Nullable Integer minCapacity,
        @Nullable Integer maxCapacity) {

    public static InsightScope site(SiteId siteId) {
        return new InsightScope(siteId, null, null, null, null, null);
    }

    public static InsightScope floor(SiteId siteId, FloorId floorId) {
        return new InsightScope(siteId, floorId, null, null, null, null);
    }

    public static InsightScope resource(ResourceId resourceId) {
        return new InsightScope(null, null, resourceId, null, null, null);
    }

    /** Whether the scope is a whole site or one kind of it, which the site rollup answers directly. */
    public boolean wholeSiteOrKind() {
        return resourceId == null && floorId == null && minCapacity == null && maxCapacity == null;
    }

    public InsightScope ofKind(@Nullable ResourceKind newKind, @Nullable Integer min, @Nullable Integer max) {
        return new InsightScope(siteId, floorId, resourceId, newKind, min, max);
    }
}
