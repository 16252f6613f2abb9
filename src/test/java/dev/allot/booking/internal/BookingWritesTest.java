package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.platform.ProblemException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** The one retry of booking writes, without a database: each attempt is a fresh (no-op) transaction. */
class BookingWritesTest {

    /** A transaction manager that begins and ends nothing. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }

    private final BookingWrites writes = new BookingWrites(new NoTransactions(), null);

    private static TransientDataAccessResourceException failure(String sqlState, String message) {
        return new TransientDataAccessResourceException("write failed", new SQLException(message, sqlState));
    }

    @Test
    void a_deadlock_is_tried_again_and_the_second_attempt_wins() {
        AtomicInteger attempts = new AtomicInteger();

        String result = writes.write(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw failure("40P01", "deadlock detected");
            }
            return "booked";
        });

        assertThat(result).isEqualTo("booked");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void sqlite_busy_is_tried_at_most_three_times_then_given_up() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> writes.write(() -> {
            attempts.incrementAndGet();
            throw failure(null, "[SQLITE_BUSY] The database file is locked");
        })).isInstanceOf(TransientDataAccessResourceException.class);
        assertThat(attempts).hasValue(BookingWrites.ATTEMPTS);
    }

    @Test
    void an_overlap_is_not_retried_but_answered_with_the_given_conflict() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> writes.write(() -> {
            attempts.incrementAndGet();
            throw new DataIntegrityViolationException("insert",
                    new SQLException("violates exclusion constraint \"booking_no_overlap\"", "23P01"));
        }, () -> ProblemException.conflict("booking-overlap", "taken"))).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.type()).isEqualTo("booking-overlap"));
        assertThat(attempts).hasValue(1);
    }

    @Test
    void other_failures_are_not_retried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> writes.write(() -> {
            attempts.incrementAndGet();
            throw new DataIntegrityViolationException("insert", new SQLException("not null", "23502"));
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(attempts).hasValue(1);
    }
}
