package dev.allot.booking.internal;

import dev.allot.booking.BookingEvent;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves a booking from one status to another in one conditional update, and publishes what
 * happened; a booking that moved meanwhile (someone else got there first) is a 409.
 */
@Component
class StatusTransitions {

    private final BookingRepository bookings;
    private final ReadingBookings reading;
    private final ApplicationEventPublisher events;
    private final BookingWrites writes;
    private final Clock clock;

    StatusTransitions(BookingRepository bookings, ReadingBookings reading, ApplicationEventPublisher events,
            BookingWrites writes, Clock clock) {
        this.bookings = bookings;
        this.reading = reading;
        this.events = events;
        this.writes = writes;
        this.clock = clock;
    }

    BookingView move(BookingView booking, List<BookingStatus> from, BookingStatus to, CurrentUser actor,
            @Nullable String reason, Function<BookingView, BookingEvent> event) {
        return writes.write(() -> {
            if (!bookings.transition(booking.id().value(), from, to, actor.id().value(), reason, clock.millis())) {
                throw ProblemException.conflict("booking-changed",
                        "The booking was changed meanwhile; it is now " + reading.booking(booking.id()).status());
            }
            BookingView changed = reading.booking(booking.id());
            events.publishEvent(event.apply(changed));
            return changed;
        });
    }
}
