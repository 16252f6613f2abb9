package dev.allot.booking;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
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

    BookingView booking(BookingId id);

    Page<BookingView> list(BookingQuery query, PageRequest page);

    /**
     * Forgets what people wrote on bookings that ended before {@code before}: the title becomes
     * "Booking", note and reason are cleared. Resource, times, status and booker stay, for reports.
     * Returns how many bookings changed; running it again changes none.
     */
    int anonymiseEndedBefore(java.time.Instant before);
}
