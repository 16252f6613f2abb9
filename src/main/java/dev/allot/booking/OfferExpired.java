package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An offer lapsed unanswered: the presence is out of the line. */
public record OfferExpired(PresenceView presence, dev.allot.space.ResourceId desk, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
