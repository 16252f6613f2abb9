package dev.allot.space;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A resource was created ({@code before} is null) or changed, its photo included. Published inside
 * the transaction that made the change.
 */
public record ResourceSaved(@Nullable ResourceView before, ResourceView after, UserId actor, Instant occurredAt)
        implements SpaceEvent {}
