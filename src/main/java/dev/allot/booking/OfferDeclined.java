package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An offer was declined: the presence stays, out of the line. */
public record OfferDeclined(PresenceView presence, dev.allot.space.ResourceId desk, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
