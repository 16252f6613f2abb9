package dev.allot.booking;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** New times and details for an active booking of the same resource. */
public record ChangeBooking(BookingId id, Instant startsAt, Instant endsAt, String title, int attendees,
        @Nullable String note) {}
