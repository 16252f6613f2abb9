package dev.allot.booking;

import dev.allot.identity.UserId;

/** Published inside the transaction that changed the booking; {@code before} is how it was. */
public record BookingChanged(BookingView before, BookingView after, UserId changedBy) {}
