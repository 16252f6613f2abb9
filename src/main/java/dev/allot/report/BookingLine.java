package dev.allot.report;

import dev.allot.booking.BookingStatus;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One booking in a report, with names instead of ids where people read them, and every time in
 * its site's zone ({@code timeZone}). A cancellation's time is when the booking last changed,
 * which for a cancelled booking is the cancellation.
 */
public record BookingLine(long id, String site, long resourceId, String resource, long personId, String person,
        String title, int attendees, BookingStatus status, OffsetDateTime startsAt, OffsetDateTime endsAt,
        String timeZone, OffsetDateTime bookedAt, @Nullable OffsetDateTime cancelledAt, @Nullable String cancelledBy,
        @Nullable OffsetDateTime checkedInAt, @Nullable String reason) {}
