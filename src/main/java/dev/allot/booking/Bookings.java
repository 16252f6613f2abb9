package dev.allot.booking;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The booking module's API. Each use case checks who may do it. */
public interface Bookings {

    /**
     * Books a resource: 422 when a rule is broken, 409 when the time overlaps another active
     * booking. Resources that require approval give a PENDING booking that holds its slot.
     */
    BookingResult book(BookResource command, CurrentUser booker);

    /**
     * Moves or edits an active booking, under the same rules as booking it (422) and without
     * overlapping another (409). Members change their own, admins any. A member's change to a room
     * that needs approval makes the booking wait for approval again.
     */
    BookingView change(ChangeBooking command, CurrentUser actor);

    /** Members cancel their own bookings; admins any, with an optional reason. */
    BookingView cancel(BookingId id, @Nullable String reason, CurrentUser actor);

    BookingView approve(BookingId id, CurrentUser admin);

    BookingView reject(BookingId id, @Nullable String reason, CurrentUser admin);

    /**
     * The booker says they are here: from {@link #CHECK_IN_OPENS} before the start until the end
     * of an active, confirmed booking (409 otherwise). Once only; a repeat returns the booking as
     * it is.
     */
    BookingView checkIn(BookingId id, CurrentUser actor);

    /** How long before its start a booking can be checked in. */
    java.time.Duration CHECK_IN_OPENS = java.time.Duration.ofMinutes(15);

    /**
     * Admins import bookings made elsewhere, past or future, all or nothing: every booking keeps
     * the rules that do not depend on when it is imported (order, capacity, duration, opening
     * hours; not "not in the past", not the horizon, and inactive resources are allowed for
     * history), reported as 422 with fields {@code bookings[i].field}; an overlap of two active
     * bookings (within the batch or with stored ones) is 409 naming the row. Nobody is notified;
     * one {@link BookingsImported} event and one audit entry per call. At most
     * {@link #MAX_IMPORT_BATCH} bookings per call.
     */
    List<BookingId> importBookings(List<ImportedBooking> bookings, CurrentUser admin);

    int MAX_IMPORT_BATCH = 10_000;

    BookingView booking(BookingId id);

    /**
     * The times the given resources are held by active bookings overlapping [from, to), by
     * resource, in order: what free-time calculations need, without the bookings' details.
     */
    java.util.Map<dev.allot.space.ResourceId, List<BookedTime>> activeTimes(
            java.util.Collection<dev.allot.space.ResourceId> resources, java.time.Instant from, java.time.Instant to);

    Page<BookingView> list(BookingQuery query, PageRequest page);

    /**
     * Forgets what people wrote on bookings that ended before {@code before}: the title becomes
     * "Booking", note and reason are cleared. Resource, times, status and booker stay, for reports.
     * Returns how many bookings changed; running it again changes none.
     */
    int anonymiseEndedBefore(java.time.Instant before);
}
