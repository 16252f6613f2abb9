package dev.allot.booking;

import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One booking of an import: made elsewhere (another tool, a spreadsheet, the demo office) for
 * {@code bookedBy}, in the past or the future. {@code status} is how it ended or stands:
 * CONFIRMED, CANCELLED (cancelled by the booker), PENDING (future only) or REJECTED.
 * {@code checkedInAt} is when the booker checked in, if they did.
 */
public record ImportedBooking(
        ResourceId resourceId,
        UserId bookedBy,
        Instant startsAt,
        Instant endsAt,
        String title,
        int attendees,
        BookingStatus status,
        @Nullable String note,
        @Nullable Instant checkedInAt) {}
