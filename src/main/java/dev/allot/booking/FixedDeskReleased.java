package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The owner of a fixed desk released it for a day. */
public record FixedDeskReleased(FixedDesk desk, java.time.LocalDate day, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
