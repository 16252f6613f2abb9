package dev.allot.booking;

import jakarta.validation.constraints.NotNull;

/** An admin approves a pending booking. */
public record ApproveBooking(@NotNull BookingId id) {}
