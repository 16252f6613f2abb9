package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;

/** An admin approved a pending booking. */
public record BookingApproved(BookingView booking, UserId actor, Instant occurredAt) implements BookingEvent {}
