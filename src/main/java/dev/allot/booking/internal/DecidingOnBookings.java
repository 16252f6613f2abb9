package dev.allot.booking.internal;

import dev.allot.booking.ApproveBooking;
import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.RejectBooking;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.RulesViolatedException;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** An admin's decision on a pending booking: approve it, or reject it with a reason for the booker. */
@Component
class DecidingOnBookings {

    private final ReadingBookings reading;
    private final StatusTransitions transitions;
    private final Clock clock;

    DecidingOnBookings(ReadingBookings reading, StatusTransitions transitions, Clock clock) {
        this.reading = reading;
        this.transitions = transitions;
        this.clock = clock;
    }

    BookingView approve(ApproveBooking command, CurrentUser admin) {
        BookingView booking = pending(command.id(), admin);
        return transitions.move(booking, List.of(BookingStatus.PENDING), BookingStatus.CONFIRMED, admin, null,
                view -> new BookingApproved(view, admin.id(), clock.instant()));
    }

    BookingView reject(RejectBooking command, CurrentUser admin) {
        BookingView booking = pending(command.id(), admin);
        @Nullable String reason = BookingDefaults.reason(command.reason());
        BookingPolicy.reasonMissing(reason, true).ifPresent(missing -> {
            throw new RulesViolatedException(List.of(missing));
        });
        return transitions.move(booking, List.of(BookingStatus.PENDING), BookingStatus.REJECTED, admin, reason,
                view -> new BookingRejected(view, admin.id(), clock.instant()));
    }

    private BookingView pending(dev.allot.booking.BookingId id, CurrentUser admin) {
        // before reading, so that a member learns nothing about the booking
        BookingPolicy.decider(admin).ifPresent(refusal -> {
            throw refusal;
        });
        BookingView booking = reading.booking(id);
        BookingPolicy.decide(booking, admin).ifPresent(refusal -> {
            throw refusal;
        });
        return booking;
    }
}
