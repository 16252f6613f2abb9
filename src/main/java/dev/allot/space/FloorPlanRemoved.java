package dev.allot.space;

import dev.allot.identity.UserId;
import java.time.Instant;

/** A floor's plan was removed; {@code plan} is what it was. Published inside the transaction that removed it. */
public record FloorPlanRemoved(FloorView floor, FloorPlan plan, UserId actor, Instant occurredAt)
        implements SpaceEvent {}
