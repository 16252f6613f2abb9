package dev.allot.space;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a resource; amenities are lower-case tags such as {@code projector}.
 * {@code position} is where it is on its floor's plan (null: not placed); it needs a floor.
 */
public record ResourceDraft(
        SiteId siteId,
        @Nullable FloorId floorId,
        ResourceKind kind,
        String name,
        int capacity,
        Set<String> amenities,
        @Nullable String description,
        @Nullable String photoUrl,
        boolean active,
        boolean requiresApproval,
        @Nullable PlanPosition position) {

    /** A resource not placed on a plan. */
    public ResourceDraft(SiteId siteId, @Nullable FloorId floorId, ResourceKind kind, String name, int capacity,
            Set<String> amenities, @Nullable String description, @Nullable String photoUrl, boolean active,
            boolean requiresApproval) {
        this(siteId, floorId, kind, name, capacity, amenities, description, photoUrl, active, requiresApproval, null);
    }

    public ResourceDraft withPosition(@Nullable PlanPosition newPosition) {
        return new ResourceDraft(siteId, floorId, kind, name, capacity, amenities, description, photoUrl, active,
                requiresApproval, newPosition);
    }
}
