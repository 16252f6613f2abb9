package dev.allot.booking;

import jakarta.validation.constraints.NotNull;

/** The booker (or an admin for them) says they are here. */
public record CheckIn(@NotNull BookingId id) {}
