package dev.allot.insight.internal;

import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.space.ResourceKind;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A booking as the read model counts it: one row of the ledger {@code occupancy_booking}. */
record Stay(long bookingId, long resourceId, long siteId, ResourceKind kind, ZoneId zone, long startsAt, long endsAt,
        BookingStatus status, @Nullable Long checkedInAt) {

    static Stay of(BookingView booking) {
        return new Stay(booking.id().value(), booking.resourceId().value(), booking.siteId().value(),
                booking.resourceKind(), booking.timeZone(), booking.startsAt().toEpochMilli(), booking.endsAt().toEpochMilli(),
                booking.status(), booking.checkedInAt() == null ? null : booking.checkedInAt().toEpochMilli());
    }

    /** The same booking counted where its resource is now. */
    Stay at(long newSiteId, ResourceKind newKind, ZoneId newZone) {
        return new Stay(bookingId, resourceId, newSiteId, newKind, newZone, startsAt, endsAt, status, checkedInAt);
    }

    /** Only active bookings hold time. */
    boolean booked() {
        return status.active();
    }

    /**
     * Used time runs from the check-in (never before the start) to the end, for confirmed bookings
     * that were checked in.
     */
    long usedFrom() {
        return checkedInAt == null ? endsAt : Math.min(endsAt, Math.max(startsAt, checkedInAt));
    }

    boolean checkedIn() {
        return status == BookingStatus.CONFIRMED && checkedInAt != null;
    }
}
