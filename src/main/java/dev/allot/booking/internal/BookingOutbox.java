package dev.allot.booking.internal;

import dev.allot.booking.BookingEvent;
import dev.allot.booking.BookingEventConsumer;
import dev.allot.booking.BookingView;
import dev.allot.booking.BookingsImported;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores every booking event, in the transaction that made it, for the consumers that want it
 * (ADR 26), and wakes the relay when that transaction commits. Events are JSON, by the name of their
 * record.
 */
@Component
class BookingOutbox {

    /** Most bookings one stored BookingsImported holds. */
    static final int IMPORT_SLICE = 500;

    private static final Map<String, Class<?>> TYPES = Stream.of(BookingEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final BookingOutboxRepository repository;
    private final ObjectProvider<BookingEventConsumer> consumerBeans;
    private volatile @Nullable List<BookingEventConsumer> consumers;
    private final ObjectProvider<BookingOutboxRelay> relay;
    private final JsonMapper json;
    private final Clock clock;

    BookingOutbox(BookingOutboxRepository repository, ObjectProvider<BookingEventConsumer> consumers,
            ObjectProvider<BookingOutboxRelay> relay, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.consumerBeans = consumers;
        this.relay = relay;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.clock = clock;
    }

    @EventListener
    void on(BookingEvent event) {
        if (event instanceof BookingsImported imported && imported.bookings().size() > IMPORT_SLICE) {
            // a batch of 10,000 would be one event of megabytes, and a relay batch of a hundred of them
            // hundreds: stored in slices, each a BookingsImported of its own
            List<BookingView> all = imported.bookings();
            for (int start = 0; start < all.size(); start += IMPORT_SLICE) {
                store(new BookingsImported(all.subList(start, Math.min(all.size(), start + IMPORT_SLICE)),
                        imported.actor(), imported.occurredAt()));
            }
            return;
        }
        store(event);
    }

    private void store(BookingEvent event) {
        List<String> wanting = consumers().stream().filter(consumer -> consumer.wants(event))
                .map(BookingEventConsumer::name).toList();
        if (wanting.isEmpty()) {
            return;
        }
        repository.store(event.getClass().getSimpleName(), json.writeValueAsString(event), clock.millis(), wanting);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.ifAvailable(BookingOutboxRelay::wake);
                }
            });
        } else {
            relay.ifAvailable(BookingOutboxRelay::wake);
        }
    }

    /**
     * The consumers, looked up once (on the first event, when they all exist) rather than on every
     * booking; the relay hands events to the same list.
     */
    List<BookingEventConsumer> consumers() {
        List<BookingEventConsumer> known = consumers;
        if (known == null) {
            known = consumerBeans.orderedStream().toList();
            consumers = known;
        }
        return known;
    }

    /** The event stored as {@code type} and {@code body}. */
    BookingEvent read(String type, String body) {
        Class<?> record = TYPES.get(type);
        if (record == null) {
            throw new IllegalArgumentException("Not a booking event: " + type);
        }
        return (BookingEvent) json.readValue(body, record);
    }
}
