package dev.allot.booking;

import java.time.Duration;

/** The state of the events on their way to the {@link BookingEventConsumer}s (ADR 26). */
public interface BookingEventFlow {

    /**
     * Waits until every consumer has handled every stored event (or set it aside), at most
     * {@code timeout}; false if some are still waiting then. For tests and for a clean shutdown.
     */
    boolean awaitHandled(Duration timeout);
}
