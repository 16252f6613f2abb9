package dev.allot.booking;

import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One booking of an import: made elsewhere (another tool, a spreadsheet, the demo office) for
 * {@code bookedBy}, in the past or the future. {@code status} is how it ended or stands:
 * CONFIRMED (the default), CANCELLED (cancelled by the booker), PENDING (future only) or REJECTED.
 * {@code checkedInAt} is when the booker checked in, if they did. Title and attendees default as
 * when booking ({@link BookResource}).
 */
public record ImportedBooking(
        @NotNull ResourceId resourceId,
        @NotNull UserId bookedBy,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Size(max = Bookings.MAX_TITLE) @Nullable String title,
        @Min(1) @Max(Bookings.MAX_ATTENDEES) @Nullable Integer attendees,
        @Nullable BookingStatus status,
        @Size(max = Bookings.MAX_NOTE) @Nullable String note,
        @Nullable Instant checkedInAt) {}
