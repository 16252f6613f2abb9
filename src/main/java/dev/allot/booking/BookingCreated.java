package dev.allot.booking;

/** Published inside the transaction that made the change. */
public record BookingCreated(BookingView booking) {}
