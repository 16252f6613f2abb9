package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;

/** The booker (or an admin for them) said they are here. */
public record BookingCheckedIn(BookingView booking, UserId actor, Instant occurredAt) implements BookingEvent {}
