package dev.allot.booking;

import dev.allot.identity.CurrentUser;
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
        @Nullable Guest guest,
        boolean privateTitle,
        @Nullable SeriesId seriesId) {

    /** What colleagues read instead of a private booking's title. */
    public static final String BUSY = "Busy";

    /** A booking whose title is not private. */
    public BookingView(BookingId id, ResourceId resourceId, String resourceName, ResourceKind resourceKind,
            SiteId siteId, ZoneId timeZone, UserId bookedBy, String title, @Nullable String note, int attendees,
            Instant startsAt, Instant endsAt, BookingStatus status, Instant createdAt, Instant updatedAt,
            @Nullable UserId decidedBy, @Nullable UserId cancelledBy, @Nullable String reason,
            @Nullable Instant checkedInAt, @Nullable LocalDate day, @Nullable Guest guest) {
        this(id, resourceId, resourceName, resourceKind, siteId, timeZone, bookedBy, title, note, attendees, startsAt,
                endsAt, status, createdAt, updatedAt, decidedBy, cancelledBy, reason, checkedInAt, day, guest, false,
                null);
    }

    /**
     * The booking as {@code viewer} may read it (issue 14, finding 8). Its booker and admins read all
     * of it. Colleagues read who booked what and when (timelines and who's in need it) and the title,
     * or {@link #BUSY} when the title is private; never the note, the cancellation reason or the
     * guest's email. Every channel reads bookings through this: the API, the pages, exports and the bot.
     */
    public BookingView seenBy(CurrentUser viewer) {
        if (viewer.isAdmin() || viewer.id().equals(bookedBy)) {
            return this;
        }
        return new BookingView(id, resourceId, resourceName, resourceKind, siteId, timeZone, bookedBy,
                privateTitle ? BUSY : title, null, attendees, startsAt, endsAt, status, createdAt, updatedAt, decidedBy,
                cancelledBy, null, checkedInAt, day, guest == null ? null : new Guest(guest.name(), null), privateTitle,
                seriesId);
    }

    /** Whether the title shown is {@link #BUSY} in place of a private one (pages say it in the reader's language). */
    public boolean titleWithheld() {
        return privateTitle && BUSY.equals(title);
    }

    /** Whether it is a desk for a whole day (a desk day), which holds the desk that day. */
    public boolean isDeskDay() {
        return day != null;
    }
}
