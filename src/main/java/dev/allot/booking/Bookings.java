package dev.allot.booking;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The booking module's API. Each use case validates its command (400 naming the field) and checks
 * who may do it; {@link #actionsFor} tells beforehand what the same checks would allow.
 */
public interface Bookings {

    /**
     * The title of an anonymised booking; one made without a title is called this in the booker's
     * language (English unless they chose another).
     */
    String DEFAULT_TITLE = "Booking";

    /** The longest reason for a cancellation or a rejection. */
    int MAX_REASON = 500;

    /** The longest title of a booking. */
    int MAX_TITLE = 200;

    /** The longest note on a booking. */
    int MAX_NOTE = 2000;

    /** The most people one booking may be for (capacity is checked as a rule; this bounds the input). */
    int MAX_ATTENDEES = 10_000;

    /** The most occurrences one series may have. */
    int MAX_OCCURRENCES = 100;

    /** At most this many bookings per import. */
    int MAX_IMPORT_BATCH = 10_000;

    /**
     * Books a resource: 422 when a rule is broken, 409 when the time overlaps another active
     * booking. Resources that require approval give a PENDING booking that holds its slot.
     */
    BookingResult book(BookResource command, CurrentUser booker);

    /** Books a resource by a day and wall-clock times in its site's zone; otherwise as {@link #book}. */
    BookingResult book(BookLocalSlot command, CurrentUser booker);

    /**
     * Moves or edits an active booking, under the same rules as booking it (422) and without
     * overlapping another (409). Members change their own, admins any. A member's change to a room
     * that needs approval makes the booking wait for approval again.
     */
    BookingView change(ChangeBooking command, CurrentUser actor);

    /**
     * Members cancel their own active bookings, admins any; cancelling somebody else's needs a
     * reason (422 rule {@code reason-required} otherwise).
     */
    BookingView cancel(CancelBooking command, CurrentUser actor);

    /** Admins approve pending bookings. */
    BookingView approve(ApproveBooking command, CurrentUser admin);

    /** Admins reject pending bookings, with a reason (422 rule {@code reason-required} without). */
    BookingView reject(RejectBooking command, CurrentUser admin);

    /**
     * The booker (or an admin) says they are here: from a quarter of an hour before the start until
     * the end of a confirmed booking (409 otherwise). Once only; a repeat returns the booking as it
     * is.
     */
    BookingView checkIn(CheckIn command, CurrentUser actor);

    /** What {@code viewer} may do with {@code booking} now: the use cases' own checks, asked beforehand. */
    BookingActions actionsFor(BookingView booking, CurrentUser viewer);

    /**
     * Admins import bookings made elsewhere, past or future, all or nothing: every booking keeps
     * the rules that do not depend on when it is imported (order, capacity, duration, opening
     * hours; not "not in the past", not the horizon, and inactive resources are allowed for
     * history), reported as 422 with fields {@code bookings[i].field}; an overlap of two active
     * bookings (within the batch or with stored ones) is 409 naming the row. Nobody is notified;
     * one {@link BookingsImported} event and one audit entry per call.
     */
    List<BookingId> importBookings(ImportBookings command, CurrentUser admin);

    /** {@link #importBookings(ImportBookings, CurrentUser)} of a list. */
    default List<BookingId> importBookings(List<ImportedBooking> bookings, CurrentUser admin) {
        return importBookings(new ImportBookings(bookings), admin);
    }

    /**
     * Books a series (issue 18): every occurrence judged by the same rules and the same database guard
     * as {@link #book(BookResource, CurrentUser)}. With {@link OnConflict#FAIL}, an occurrence that is
     * taken or breaks a rule is a 409 {@code series-conflicts} listing each one, and nothing is booked;
     * with {@link OnConflict#SKIP} the others are booked and it is listed as skipped (409 when none is left).
     * Rooms and equipment only.
     */
    SeriesResult bookSeries(BookSeries command, CurrentUser booker);

    /** A series with its bookings as {@code viewer} may read them; 404 when there is none. */
    SeriesView series(SeriesId id, CurrentUser viewer);

    /** A booking as stored, for the modules that act on it; a person reads it through {@link #booking(BookingId, CurrentUser)}. */
    BookingView booking(BookingId id);

    /** A booking as {@code viewer} may read it ({@link BookingView#seenBy}); 404 when there is none. */
    default BookingView booking(BookingId id, CurrentUser viewer) {
        return booking(id).seenBy(viewer);
    }

    /**
     * The times the given resources are held by active bookings overlapping [from, to), by
     * resource, in order: what free-time calculations need, without the bookings' details.
     */
    Map<ResourceId, List<BookedTime>> activeTimes(Collection<ResourceId> resources, Instant from, Instant to);

    /**
     * Bookings matching the query, by start. Anyone signed in sees the bookings of a resource or a
     * site; only admins ask for somebody else's by person (403 otherwise).
     */
    Page<BookingView> list(BookingQuery query, PageRequest page, CurrentUser viewer);

    /**
     * {@link #list} read after {@code after} (null for the first slice) without counting: a slice
     * costs the same on the first page of a person's history as on its thousandth. {@code size} is
     * 1..{@link PageRequest#MAX_SIZE}.
     */
    BookingSlice slice(BookingQuery query, BookingHistory.@Nullable Position after, int size, CurrentUser viewer);

    /**
     * Who is in at a site (on one floor, when given) on a day of the site's calendar: everyone with
     * an active booking of one of its resources (inactive resources too) overlapping that day (today in
     * the site's zone when {@code day} is null). 404
     * for an unknown site; anyone signed in may read it.
     */
    default Attendance attendance(SiteId site, @Nullable LocalDate day, @Nullable FloorId floor, CurrentUser viewer) {
        return attendance(site, day, floor, AttendanceFilter.EVERYONE, viewer);
    }

    /** {@link #attendance(SiteId, LocalDate, FloorId, CurrentUser)} of the people {@code filter} lets through. */
    Attendance attendance(SiteId site, @Nullable LocalDate day, @Nullable FloorId floor, AttendanceFilter filter,
            CurrentUser viewer);
}
