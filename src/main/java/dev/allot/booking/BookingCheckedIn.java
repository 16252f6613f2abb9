package dev.allot.booking;

/** Published inside the transaction that recorded the check-in. */
public record BookingCheckedIn(BookingView booking) {}
