package dev.allot.gathering;

import dev.allot.identity.UserId;
import java.time.Instant;

/** The host (or an admin) called an event off: its seats and its room are free. */
public record GatheringCancelled(GatheringId gathering, UserId actor, Instant at) implements GatheringEvent {}
