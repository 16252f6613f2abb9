package dev.allot.booking;

import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A series of bookings: its rule (RFC 5545 RRULE), its first day and wall-clock times in the site's
 * zone, and its bookings (each an ordinary booking, read as {@link BookingView#seenBy} allows).
 */
public record SeriesView(SeriesId id, ResourceId resourceId, UserId bookedBy, String rule, LocalDate firstDay,
        LocalTime startTime, LocalTime endTime, ZoneId timeZone, Instant createdAt, List<BookingView> bookings) {}
