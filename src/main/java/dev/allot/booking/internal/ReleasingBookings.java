package dev.allot.booking.internal;

import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingView;
import dev.allot.booking.ReleaseReason;
import dev.allot.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Releasing a booking nobody uses (ADR 20): a cancellation with a {@link ReleaseReason}, by Allot
 * itself (no actor) or by the person who said they will not come, published as
 * {@link BookingCancelled} like any other, so the audit log, news, webhooks, the occupancy figures
 * and the waiting list hear of it. One transaction with the caller's claim (a conditional update of
 * the confirmation): either both happen or neither does.
 */
@Component
class ReleasingBookings {

    /** The claim held, but the booking was no longer releasable: undo the claim. */
    private static final class Lost extends RuntimeException {
        Lost() {
            super(null, null, false, false);
        }
    }

    private final BookingRepository bookings;
    private final ReadingBookings reading;
    private final ApplicationEventPublisher events;
    private final BookingWrites writes;

    ReleasingBookings(BookingRepository bookings, ReadingBookings reading, ApplicationEventPublisher events,
            BookingWrites writes) {
        this.bookings = bookings;
        this.reading = reading;
        this.events = events;
        this.writes = writes;
    }

    /**
     * Releases the booking when {@code claim} holds and the booking is still active and not checked
     * in; empty when either was no longer so (someone got there first), with nothing changed.
     */
    Optional<BookingView> release(BookingId id, ReleaseReason reason, @Nullable UserId actor, Instant now,
            BooleanSupplier claim) {
        try {
            return writes.write(() -> {
                if (!claim.getAsBoolean()) {
                    return Optional.empty();
                }
                if (!bookings.release(id.value(), reason.code(), actor == null ? null : actor.value(),
                        now.toEpochMilli())) {
                    throw new Lost();
                }
                BookingView released = reading.booking(id);
                events.publishEvent(new BookingCancelled(released, actor, now));
                return Optional.of(released);
            });
        } catch (Lost lost) {
            return Optional.empty();
        }
    }
}
