package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Someone said they will be in (waiting for a desk, or not). */
public record PresenceJoined(PresenceView presence, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
