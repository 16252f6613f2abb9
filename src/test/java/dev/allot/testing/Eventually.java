package dev.allot.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits for what happens in the background (db-scheduler tasks, mail, webhooks): polls a probe every
 * 100 ms, through Awaitility, until its value is done, and fails naming what was awaited and the
 * last value seen.
 */
public final class Eventually {

    /** Long enough for a task picked on db-scheduler's next poll and a retry or two. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {}

    /** The probe's first value that is {@code done}, within {@link #TIMEOUT}. */
    public static <T> T until(String what, Callable<T> probe, Predicate<? super T> done) {
        return until(what, TIMEOUT, probe, done);
    }

    public static <T> T until(String what, Duration timeout, Callable<T> probe, Predicate<? super T> done) {
        AtomicReference<Optional<T>> last = new AtomicReference<>(Optional.empty());
        try {
            return Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL)
                    .until(() -> {
                        T value = probe.call();
                        last.set(Optional.ofNullable(value));
                        return value;
                    }, done);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + ": not within " + timeout.toSeconds() + " s; last seen: "
                    + last.get().map(String::valueOf).orElse("nothing"), e);
        }
    }
}
