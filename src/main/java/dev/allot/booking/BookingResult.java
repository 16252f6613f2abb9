package dev.allot.booking;

/** A created booking, or the one an earlier request with the same idempotency key created. */
public record BookingResult(BookingView booking, boolean replayed) {}
