package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A presence was cancelled (an offer it had is withdrawn). */
public record PresenceCancelled(PresenceView presence, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
