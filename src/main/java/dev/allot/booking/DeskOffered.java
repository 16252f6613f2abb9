package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A free desk was offered to the first in line and is held for them until the offer expires. */
public record DeskOffered(PresenceView presence, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
