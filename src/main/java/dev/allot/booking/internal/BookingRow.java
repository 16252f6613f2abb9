package dev.allot.booking.internal;

import dev.allot.booking.BookingId;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import java.time.Instant;
import java.time.LocalDate;
import dev.allot.booking.Guest;
import dev.allot.booking.SeriesId;
import org.jspecify.annotations.Nullable;

/**
 * A booking as stored; {@link #view} adds what the space module knows about its resource. An occurrence
 * of a series names the day of the series it stands for ({@code occurrenceDay}), which a move keeps.
 */
record BookingRow(long id, long resourceId, long userId, String title, @Nullable String note, int attendees,
        long startsAt, long endsAt, BookingStatus status, long createdAt, long updatedAt, @Nullable Long decidedBy,
        @Nullable Long cancelledBy, @Nullable String reason, @Nullable Long checkedInAt, @Nullable String day,
        @Nullable String guestName, @Nullable String guestEmail, boolean privateTitle, @Nullable Long seriesId,
        @Nullable String occurrenceDay) {

    BookingView view(ResourceView resource) {
        return new BookingView(new BookingId(id), new ResourceId(resourceId), resource.name(), resource.kind(),
                resource.siteId(), resource.timeZone(), new UserId(userId), title, note, attendees,
                Instant.ofEpochMilli(startsAt), Instant.ofEpochMilli(endsAt), status, Instant.ofEpochMilli(createdAt),
                Instant.ofEpochMilli(updatedAt), decidedBy == null ? null : new UserId(decidedBy),
                cancelledBy == null ? null : new UserId(cancelledBy), reason,
                checkedInAt == null ? null : Instant.ofEpochMilli(checkedInAt),
                day == null ? null : LocalDate.parse(day), guestName == null ? null : new Guest(guestName, guestEmail),
                privateTitle, seriesId == null ? null : new SeriesId(seriesId));
    }
}
