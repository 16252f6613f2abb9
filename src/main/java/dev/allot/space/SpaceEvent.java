package dev.allot.space;

import dev.allot.identity.UserId;
import java.time.Instant;

/**
 * Something that happened to sites, floors or resources, published inside the transaction that
 * made the change: who did it and when. Sealed, so that a listener can handle every kind in one
 * {@code switch}.
 */
public sealed interface SpaceEvent permits SiteSaved, SiteDeleted, FloorCreated, FloorPlanSaved, FloorPlanRemoved,
        ResourceSaved, ResourceDeleted {

    /** The admin who did it. */
    UserId actor();

    /** When it was done, by the application's clock. */
    Instant occurredAt();
}
