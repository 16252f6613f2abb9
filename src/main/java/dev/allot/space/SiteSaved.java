package dev.allot.space;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A site was created ({@code before} is null) or changed. Published inside the transaction that made the change. */
public record SiteSaved(@Nullable SiteView before, SiteView after, UserId actor, Instant occurredAt)
        implements SpaceEvent {}
