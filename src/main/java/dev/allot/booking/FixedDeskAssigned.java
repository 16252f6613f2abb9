package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An admin made a desk somebody's fixed desk. */
public record FixedDeskAssigned(FixedDesk desk, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
