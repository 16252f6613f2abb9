package dev.allot.booking;

import dev.allot.identity.UserId;

/** Published inside the transaction that made the change. */
public record BookingCancelled(BookingView booking, UserId cancelledBy) {}
