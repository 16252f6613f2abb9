package dev.allot.booking.internal;

import dev.allot.booking.BookingCheckedIn;
import dev.allot.booking.BookingEvent;
import dev.allot.booking.BookingEventConsumer;
import dev.allot.booking.BookingsImported;
import java.util.List;

/**
 * A consumer that tells someone of each event, one at a time: people (the news) or other systems
 * (webhooks). Imports and check-ins are nobody's news, so they are not even stored for it.
 */
interface NewsConsumer extends BookingEventConsumer {

    @Override
    default boolean wants(BookingEvent event) {
        return !(event instanceof BookingsImported) && !(event instanceof BookingCheckedIn);
    }

    @Override
    default void accept(List<BookingEvent> events) {
        events.forEach(this::on);
    }

    /** Tells of one event. */
    void on(BookingEvent event);
}
