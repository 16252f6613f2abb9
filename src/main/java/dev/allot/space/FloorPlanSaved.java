package dev.allot.space;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A floor's plan was uploaded ({@code before} is null) or replaced. Published inside the
 * transaction that stored it.
 */
public record FloorPlanSaved(FloorView floor, @Nullable FloorPlan before, FloorPlan after, UserId actor,
        Instant occurredAt) implements SpaceEvent {}
