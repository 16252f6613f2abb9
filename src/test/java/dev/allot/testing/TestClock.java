package dev.allot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the integration suite: the system clock (UTC) until a test sets it.
 * A set clock stands still until it is set or advanced again. {@link AllotIntegrationTest} resets it
 * after every test, so a moved clock never leaks into the next one. db-scheduler and Spring
 * Security keep their own clocks: move this one only around the calls that need it.
 */
public final class TestClock extends Clock {

    /** One for the JVM: the suite shares one Spring context, and tests reach the clock without it. */
    public static final TestClock INSTANCE = new TestClock();

    private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

    private TestClock() {}

    /** From now on the application's time is {@code instant}, standing still. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Moves a set clock on by {@code duration}; a system clock is set to now plus {@code duration}. */
    public void advance(Duration duration) {
        fixed.updateAndGet(at -> (at == null ? Instant.now() : at).plus(duration));
    }

    /** Back to the system clock. */
    public void reset() {
        fixed.set(null);
    }

    /** Whether a test has set the clock (and not reset it). */
    public boolean isSet() {
        return fixed.get() != null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new Zoned(zone);
    }

    private final class Zoned extends Clock {

        private final ZoneId zone;

        Zoned(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return TestClock.this.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return TestClock.this.withZone(other);
        }
    }

    /** Registers {@link #INSTANCE} as the application's {@code Clock}, ahead of the platform's system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        @Primary
        TestClock testClock() {
            return INSTANCE;
        }
    }
}
