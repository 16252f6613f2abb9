package dev.allot.booking;

import dev.allot.identity.UserId;

/** Published inside the transaction that made the change. */
public record BookingRejected(BookingView booking, UserId rejectedBy) {}
