package dev.allot.space;

import dev.allot.identity.UserId;
import java.time.Instant;

/** Published inside the transaction that added the floor. */
public record FloorCreated(FloorView floor, UserId actor, Instant occurredAt) implements SpaceEvent {}
