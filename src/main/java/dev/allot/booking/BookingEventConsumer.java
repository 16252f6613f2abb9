package dev.allot.booking;

import java.util.List;

/**
 * Follows booking events after the transaction that made them (ADR 26), in batches: the booking's
 * transaction stores each event it {@link #wants} for this consumer, and the consumer receives them
 * in the order they were stored, each once, inside a transaction of its own that also marks them
 * done. What it writes commits with that mark or not at all; an event that keeps failing is set
 * aside after a few attempts and logged. For read models and messages to people or other systems, not
 * for what must be atomic with the booking (the audit record, the guard against overlaps).
 */
public interface BookingEventConsumer {

    /** Stable: the pending events are stored under it. */
    String name();

    /** Whether to store this event for this consumer at all. */
    default boolean wants(BookingEvent event) {
        return true;
    }

    /** Handles a batch of events, oldest first. Throwing rolls the batch back; it is then tried event by event. */
    void accept(List<BookingEvent> events);
}
