package dev.allot.booking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An admin rejects a pending booking; the reason, told to the booker, is required (blank is none). */
public record RejectBooking(@NotNull BookingId id, @Size(max = Bookings.MAX_REASON) @Nullable String reason) {}
