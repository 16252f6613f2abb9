package dev.allot.booking;

import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A booking as people see it; times are instants, {@code timeZone} is the site's, for display.
 * {@code day} is the local day a desk booking holds; {@code guest} the guest it is for (the booker
 * is then the host).
 */
public record BookingView(
        BookingId id,
        ResourceId resourceId,
        String resourceName,
        ResourceKind resourceKind,
        SiteId siteId,
        ZoneId timeZone,
        UserId bookedBy,
        String title,
        @Nullable String note,
        int attendees,
        Instant startsAt,
        Instant endsAt,
        BookingStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable UserId decidedBy,
        @Nullable UserId cancelledBy,
        @Nullable String reason,
        @Nullable Instant checkedInAt,
        @Nullable LocalDate day,
        @Nullable Guest guest) {

    /** Whether it is a desk for a whole day (a desk day), which holds the desk that day. */
    public boolean isDeskDay() {
        return day != null;
    }
}
