package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;

/** An admin rejected a pending booking; the view carries the reason. */
public record BookingRejected(BookingView booking, UserId actor, Instant occurredAt) implements BookingEvent {}
