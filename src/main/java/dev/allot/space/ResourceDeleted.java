package dev.allot.space;

import dev.allot.identity.UserId;
import java.time.Instant;

/** Published inside the transaction that deleted the resource; {@code resource} is how it was. */
public record ResourceDeleted(ResourceView resource, UserId actor, Instant occurredAt) implements SpaceEvent {}
