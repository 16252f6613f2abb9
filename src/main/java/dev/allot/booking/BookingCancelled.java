package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;

/** A pending or confirmed booking was cancelled, by its booker or by an admin; the view is as it is now. */
public record BookingCancelled(BookingView booking, UserId actor, Instant occurredAt) implements BookingEvent {}
