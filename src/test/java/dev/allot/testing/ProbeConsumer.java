package dev.allot.testing;

import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingEvent;
import dev.allot.booking.BookingEventConsumer;
import dev.allot.booking.BookingView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/**
 * A booking-event consumer of the tests' application (ADR 26): remembers what it was handed, and
 * fails on every batch that holds a booking titled {@link #POISON}.
 */
@TestComponent
public class ProbeConsumer implements BookingEventConsumer {

    public static final String POISON = "Poison pill";

    /** One event as handed over: its record's name and the booking it names. */
    public record Seen(String type, long bookingId) {}

    private final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
    private final AtomicInteger poisoned = new AtomicInteger();

    @Override
    public String name() {
        return "test-probe";
    }

    @Override
    public void accept(List<BookingEvent> events) {
        if (events.stream().map(ProbeConsumer::booking).flatMap(Optional::stream)
                .anyMatch(booking -> booking.title().equals(POISON))) {
            poisoned.incrementAndGet();
            throw new IllegalStateException("The probe does not swallow " + POISON);
        }
        events.forEach(event -> booking(event).ifPresent(
                booking -> seen.add(new Seen(event.getClass().getSimpleName(), booking.id().value()))));
    }

    /** What the probe handled for one booking, in the order it was handed over. */
    public List<String> seenFor(long bookingId) {
        return seen.stream().filter(event -> event.bookingId() == bookingId).map(Seen::type).toList();
    }

    /** Batches refused because they held the poison. */
    public int poisoned() {
        return poisoned.get();
    }

    private static Optional<BookingView> booking(BookingEvent event) {
        return switch (event) {
            case BookingCreated created -> Optional.of(created.booking());
            case BookingChanged changed -> Optional.of(changed.after());
            case BookingCancelled cancelled -> Optional.of(cancelled.booking());
            default -> Optional.empty();
        };
    }
}
