package dev.allot.booking.web;

import dev.allot.booking.BookingActions;
import dev.allot.booking.BookingHistory;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingSlice;
import dev.allot.booking.SiteDay;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The bookings the pages show, read through {@link Bookings}, and how one is shown in a list. */
@Component
class PageBookings {

    /** A page shows at most this many bookings of one kind; a day at one site stays far below. */
    private static final int MOST = 2_000;

    private final Bookings bookings;
    private final Clock clock;

    PageBookings(Bookings bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /**
     * A booking in a list, with its times in its site's zone.
     *
     * @param person the display name of who booked, where the page shows it
     * @param cancellable whether the person looking may change or cancel it now, from this list (their own)
     * @param checkInOpen whether the person looking may check in now, from this list (their own)
     */
    record Row(BookingView booking, ZonedDateTime start, ZonedDateTime end, @Nullable String person,
            boolean cancellable, boolean checkInOpen) {

        public LocalDate date() {
            return start.toLocalDate();
        }

        /** Whether the end needs its own date to be read right (not for a booking that ends at midnight). */
        public boolean endsOnAnotherDay() {
            return !end.toLocalDate().equals(start.toLocalDate())
                    && !(end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalDate().equals(start.toLocalDate().plusDays(1)));
        }

        public String zone() {
            return zoneLabel(booking.timeZone(), date());
        }
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today(ZoneId zone) {
        return SiteDay.today(clock, zone).date();
    }

    /**
     * What the booking module allows ({@link Bookings#actionsFor}), offered in lists for one's own
     * bookings only: admins cancel others' with a reason on the admin pages.
     */
    Row row(BookingView booking, CurrentUser viewer, @Nullable String person) {
        BookingActions actions = bookings.actionsFor(booking, viewer);
        boolean own = booking.bookedBy().equals(viewer.id());
        boolean cancellable = own && actions.cancel();
        boolean checkInOpen = own && actions.checkIn();
        return new Row(booking, booking.startsAt().atZone(booking.timeZone()), booking.endsAt().atZone(booking.timeZone()),
                person, cancellable, checkInOpen);
    }

    /** Up to {@link #MOST} bookings of a query, by start, read by cursor (nothing counted). */
    List<BookingView> all(BookingQuery query, CurrentUser viewer) {
        List<BookingView> all = new ArrayList<>();
        BookingHistory.Position after = null;
        do {
            BookingSlice slice = bookings.slice(query, after, PageRequest.MAX_SIZE, viewer);
            all.addAll(slice.items());
            after = slice.next();
        } while (after != null && all.size() < MOST);
        return all;
    }

    /** The first {@code size} bookings of a query, in order of their start, and how many there are. */
    Page<BookingView> first(BookingQuery query, int size, CurrentUser viewer) {
        return bookings.list(query, new PageRequest(0, size), viewer);
    }

    /** Active bookings at the site overlapping the day (in the site's calendar), by resource. */
    Map<ResourceId, List<BookingView>> activeOn(SiteView site, LocalDate date, CurrentUser viewer) {
        return activeAt(site, date, viewer).stream().collect(Collectors.groupingBy(BookingView::resourceId));
    }

    List<BookingView> activeAt(SiteView site, LocalDate date, CurrentUser viewer) {
        return all(new BookingQuery(null, null, site.id(), start(date, site.timeZone()),
                start(date.plusDays(1), site.timeZone()), BookingStatus.ACTIVE), viewer);
    }

    List<BookingView> activeOf(ResourceId resource, LocalDate from, LocalDate until, ZoneId zone, CurrentUser viewer) {
        return all(new BookingQuery(null, resource, null, start(from, zone), start(until, zone), BookingStatus.ACTIVE),
                viewer);
    }

    static Instant start(LocalDate date, ZoneId zone) {
        return new SiteDay(date, zone).start();
    }

    /** How a page names the zone its times are in, e.g. "Europe/Berlin, UTC+01:00" (the offset of that day). */
    static String zoneLabel(ZoneId zone, LocalDate date) {
        ZoneOffset offset = zone.getRules().getOffset(date.atTime(12, 0));
        return zone.getId() + ", UTC" + (offset.equals(ZoneOffset.UTC) ? "" : offset.getId());
    }
}
