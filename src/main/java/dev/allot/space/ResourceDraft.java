package dev.allot.space;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin enters for a resource; amenities are lower-case tags such as {@code projector}. */
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
        boolean requiresApproval) {}
