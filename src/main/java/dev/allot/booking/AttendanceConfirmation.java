package dev.allot.booking;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Where a desk booking's attendance confirmation stands.
 *
 * @param timeZone the site's, for display
 * @param bookingStatus the booking's status now
 * @param askAt when the booker is (or was) asked, by the site's wall clock of that day
 * @param deadline when an unanswered booking is released
 * @param coming the answer: true for "yes" (or a check-in), false for "no", null while unanswered
 * @param answerable whether the booking may be answered now (active, not released, not ended)
 * @param releaseReason why it was released, when it was
 */
public record AttendanceConfirmation(BookingId booking, ZoneId timeZone, BookingStatus bookingStatus, State state,
        Instant askAt, Instant deadline,
        @Nullable Instant askedAt, @Nullable Boolean coming, @Nullable Instant answeredAt,
        @Nullable Instant releasedAt, @Nullable ReleaseReason releaseReason, boolean answerable) {

    public enum State {
        /** Not asked yet: the question time has not come. */
        NOT_ASKED,
        /** Asked, no answer yet. */
        ASKED,
        /** The booker said they will come, or checked in. */
        COMING,
        /** The desk was released (after "no", or no answer by the deadline). */
        RELEASED,
        /** The booking was cancelled otherwise, or has ended. */
        CLOSED
    }
}
