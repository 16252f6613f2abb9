package dev.allot.booking.internal;

import dev.allot.booking.BookingCheckedIn;
import dev.allot.booking.BookingView;
import dev.allot.booking.CheckIn;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The booker (or an admin) says they are here; once only, a repeat answers the booking as it is. */
@Component
class CheckingIn {

    private final BookingRepository bookings;
    private final ReadingBookings reading;
    private final ApplicationEventPublisher events;
    private final BookingWrites writes;
    private final Clock clock;

    CheckingIn(BookingRepository bookings, ReadingBookings reading, ApplicationEventPublisher events,
            BookingWrites writes, Clock clock) {
        this.bookings = bookings;
        this.reading = reading;
        this.events = events;
        this.writes = writes;
        this.clock = clock;
    }

    BookingView checkIn(CheckIn command, CurrentUser actor) {
        BookingView booking = reading.booking(command.id());
        BookingPolicy.checkInFor(booking, actor).ifPresent(refusal -> {
            throw refusal;
        });
        if (booking.checkedInAt() != null) {
            return booking;
        }
        Instant now = clock.instant();
        BookingPolicy.checkIn(booking, actor, now).ifPresent(refusal -> {
            throw refusal;
        });
        return writes.write(() -> {
            if (!bookings.checkIn(booking.id().value(), now.toEpochMilli())) {
                // checked in meanwhile (a double click), or no longer confirmed
                BookingView current = reading.booking(booking.id());
                if (current.checkedInAt() != null) {
                    return current;
                }
                throw ProblemException.conflict("booking-changed", "The booking was changed meanwhile; it is now "
                        + current.status().name().toLowerCase(java.util.Locale.ROOT));
            }
            BookingView checkedIn = reading.booking(booking.id());
            events.publishEvent(new BookingCheckedIn(checkedIn, actor.id(), now));
            return checkedIn;
        });
    }
}
