package dev.allot.booking.internal;

import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.CancelBooking;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.RulesViolatedException;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Cancelling an active booking: one's own, or (admins) somebody else's, with a reason for them. */
@Component
class CancellingBookings {

    private final ReadingBookings reading;
    private final StatusTransitions transitions;
    private final Clock clock;

    CancellingBookings(ReadingBookings reading, StatusTransitions transitions, Clock clock) {
        this.reading = reading;
        this.transitions = transitions;
        this.clock = clock;
    }

    BookingView cancel(CancelBooking command, CurrentUser actor) {
        BookingView booking = reading.booking(command.id());
        BookingPolicy.cancel(booking, actor, clock.instant()).ifPresent(refusal -> {
            throw refusal;
        });
        @Nullable String reason = BookingDefaults.reason(command.reason());
        BookingPolicy.reasonMissing(reason, BookingPolicy.cancelNeedsReason(booking, actor)).ifPresent(missing -> {
            throw new RulesViolatedException(List.of(missing));
        });
        return transitions.move(booking, List.copyOf(BookingStatus.ACTIVE), BookingStatus.CANCELLED, actor, reason,
                view -> new BookingCancelled(view, actor.id(), clock.instant()));
    }
}
