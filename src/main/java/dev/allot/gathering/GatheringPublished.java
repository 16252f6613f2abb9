package dev.allot.gathering;

import dev.allot.identity.UserId;
import java.time.Instant;

/** A host announced an event. */
public record GatheringPublished(GatheringId gathering, UserId actor, Instant at) implements GatheringEvent {}
