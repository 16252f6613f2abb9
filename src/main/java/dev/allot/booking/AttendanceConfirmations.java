package dev.allot.booking;

import dev.allot.identity.CurrentUser;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Attendance confirmation of desk bookings (ADR 20): at a local time before the day (16:00 the day
 * before, by default) the booker is asked whether they will come; "no" releases the desk at once,
 * no answer by the deadline on the day (10:00) releases it, a check-in counts as "yes". Releases are
 * cancellations by Allot itself ({@link BookingCancelled} with no actor) with a {@link ReleaseReason}.
 */
public interface AttendanceConfirmations {

    /**
     * The booker (or an admin for them) answers whether they will come: "yes" keeps the booking, "no"
     * releases it at once. 404 for an unknown booking, 403 for somebody else's (members), 409 for a
     * booking that asks no confirmation, that is no longer active or that was released already.
     * Answering "yes" twice is no change.
     */
    AttendanceConfirmation answer(AnswerAttendance command, CurrentUser actor);

    /** The confirmation of one booking, for its booker or an admin (403 otherwise); empty when it asks none. */
    Optional<AttendanceConfirmation> confirmation(BookingId booking, CurrentUser viewer);

    /** The confirmations of those of {@code bookings} that ask one and the viewer may answer, by booking (for lists). */
    Map<BookingId, AttendanceConfirmation> confirmations(Collection<BookingView> bookings, CurrentUser viewer);
}
