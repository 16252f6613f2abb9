package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An offer was accepted: the desk is booked. */
public record OfferAccepted(PresenceView presence, BookingView booking, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
