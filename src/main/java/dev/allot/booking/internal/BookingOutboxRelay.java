package dev.allot.booking.internal;

import dev.allot.booking.BookingEvent;
import dev.allot.booking.BookingEventConsumer;
import dev.allot.booking.BookingEventFlow;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the stored booking events to their consumers (ADR 26): one thread per node, woken by every
 * commit that stored events and otherwise every {@code poll}. For each consumer, in a transaction,
 * it claims the consumer (one node at a time), reads a batch of its oldest events, lets it handle
 * them and marks them done. A batch that fails is rolled back and tried again event by event, so
 * one bad event holds up only itself; after {@code attempts} failures it is set aside and logged.
 */
@Component
class BookingOutboxRelay implements SmartLifecycle, BookingEventFlow {

    private static final Logger log = LoggerFactory.getLogger(BookingOutboxRelay.class);

    private final BookingOutboxRepository repository;
    private final BookingOutbox outbox;
    private final BookingOutboxProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Object progress = new Object();
    private volatile boolean running;
    private volatile long lastCleanup;
    private @Nullable Thread thread;

    BookingOutboxRelay(BookingOutboxRepository repository, BookingOutbox outbox,
            BookingOutboxProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    void wake() {
        wakeUps.release();
    }

    @Override
    public void start() {
        running = true;
        Thread relay = Thread.ofPlatform().name("booking-outbox").daemon(true).unstarted(this::run);
        thread = relay;
        relay.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread relay = thread;
        if (relay != null) {
            relay.interrupt();
            try {
                relay.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean awaitHandled(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!repository.anyWaiting()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wake();
            synchronized (progress) {
                try {
                    progress.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 20)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private void run() {
        while (running) {
            try {
                wakeUps.tryAcquire(properties.poll().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                relayAll();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.error("Booking events: the relay failed; trying again", e);
                    sleepQuietly(properties.poll());
                }
            }
        }
    }

    /** Every consumer's waiting events, batch after batch. */
    void relayAll() {
        for (BookingEventConsumer consumer : outbox.consumers()) {
            int handled;
            do {
                handled = relayBatch(consumer);
                synchronized (progress) {
                    progress.notifyAll();
                }
            } while (handled >= properties.batch() && running);
        }
        long now = clock.millis();
        if (now - lastCleanup > Duration.ofHours(1).toMillis()) {
            lastCleanup = now;
            transactions.executeWithoutResult(status -> repository.dropHandled(now - Duration.ofHours(1).toMillis()));
        }
    }

    /** One batch of the consumer's events; how many were read (0 when another node has the consumer). */
    private int relayBatch(BookingEventConsumer consumer) {
        List<BookingOutboxRepository.Pending> batch;
        try {
            batch = transactions.execute(status -> {
                if (!repository.claim(consumer.name())) {
                    return List.<BookingOutboxRepository.Pending>of();
                }
                List<BookingOutboxRepository.Pending> pending = repository.pending(consumer.name(), properties.batch());
                if (!pending.isEmpty()) {
                    List<BookingEvent> events = new ArrayList<>(pending.size());
                    for (BookingOutboxRepository.Pending event : pending) {
                        events.add(outbox.read(event.type(), event.body()));
                    }
                    consumer.accept(events);
                    repository.done(consumer.name(), pending.stream().map(BookingOutboxRepository.Pending::id).toList());
                }
                return pending;
            });
        } catch (RuntimeException batchFailed) {
            log.warn("Booking events: a batch for {} failed ({}); trying its events one by one", consumer.name(),
                    batchFailed.toString());
            return oneByOne(consumer);
        }
        return batch == null ? 0 : batch.size();
    }

    private int oneByOne(BookingEventConsumer consumer) {
        List<BookingOutboxRepository.Pending> pending = transactions.execute(status -> repository.pending(consumer.name(),
                properties.batch()));
        if (pending == null) {
            return 0;
        }
        for (BookingOutboxRepository.Pending event : pending) {
            try {
                transactions.executeWithoutResult(status -> {
                    if (repository.claim(consumer.name())) {
                        consumer.accept(List.of(outbox.read(event.type(), event.body())));
                        repository.done(consumer.name(), List.of(event.id()));
                    }
                });
            } catch (RuntimeException failed) {
                boolean setAside = event.attempts() + 1 >= properties.attempts();
                if (setAside) {
                    log.error("Booking events: {} failed {} times on event {} ({}); set aside", consumer.name(),
                            properties.attempts(), event.id(), event.type(), failed);
                } else {
                    log.warn("Booking events: {} failed on event {} ({}): {}", consumer.name(), event.id(),
                            event.type(), failed.toString());
                }
                transactions.executeWithoutResult(status -> repository.failed(consumer.name(), event.id(),
                        properties.attempts(), clock.millis()));
            }
        }
        return pending.size();
    }

    private static void sleepQuietly(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
