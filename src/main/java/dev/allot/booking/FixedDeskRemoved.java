package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A desk is nobody's fixed desk any more. */
public record FixedDeskRemoved(FixedDesk desk, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
