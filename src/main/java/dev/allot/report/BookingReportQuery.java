package dev.allot.report;

import dev.allot.booking.BookingStatus;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which bookings a report shows; every filter given must hold. {@code from} and {@code to} are
 * days in the report's zone (the room's or the site's), both included, and keep bookings that
 * overlap them. No statuses means all of them.
 */
public record BookingReportQuery(@Nullable SiteId siteId, @Nullable ResourceId resourceId, @Nullable UserId personId,
        Set<BookingStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to) {

    public BookingReportQuery {
        statuses = Set.copyOf(statuses);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
    }

    public static BookingReportQuery ofRoom(ResourceId resourceId) {
        return new BookingReportQuery(null, resourceId, null, Set.of(), null, null);
    }

    public static BookingReportQuery ofPerson(UserId personId) {
        return new BookingReportQuery(null, null, personId, Set.of(), null, null);
    }
}
