package dev.allot.booking.internal;

import dev.allot.platform.DatabaseVendor;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the use cases write bookings: each write in its own transaction, run again when the database
 * gives up on it for a reason that passes (a PostgreSQL deadlock or serialization failure,
 * SQLITE_BUSY), and the overlap guard's refusal turned into a 409 that names the booking in the way
 * (the desk-day claims' refusals into theirs).
 */
@Component
class BookingWrites {

    static final int ATTEMPTS = 3;
    /** PostgreSQL deadlock and serialization failure: the transaction may simply be retried. */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40P01", "40001");

    private final TransactionTemplate transactions;
    private final BookingRepository bookings;

    BookingWrites(PlatformTransactionManager transactionManager, BookingRepository bookings) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.bookings = bookings;
    }

    /**
     * Runs {@code work} in a transaction, up to {@link #ATTEMPTS} times while it fails transiently;
     * an overlap of active bookings becomes {@code onOverlap}'s problem.
     */
    <T> T write(Supplier<T> work, Supplier<ProblemException> onOverlap) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> work.get());
            } catch (DataAccessException e) {
                if (DatabaseVendor.isViolationOf(e, BookingRepository.OVERLAP_CONSTRAINT)) {
                    throw onOverlap.get();
                }
                // the desk-day claims (desk_claim's keys): the use case names the desk and holder where it can
                if (DeskRepository.violates(e, DeskRepository.DESK_TAKEN)) {
                    throw ProblemException.conflict("desk-taken", "The desk is taken that day");
                }
                if (DeskRepository.violates(e, DeskRepository.PERSON_HAS_DESK)) {
                    throw ProblemException.conflict("already-has-desk", "You already have a desk that day");
                }
                if (DatabaseVendor.isViolationOf(e, PresenceRepository.ONE_PER_PERSON_DAY)) {
                    throw ProblemException.conflict("already-present", "You already said you will be in that day");
                }
                if (attempt < ATTEMPTS && isTransient(e)) {
                    continue;
                }
                throw e;
            }
        }
    }

    /** A write that cannot overlap anything (a status change): only retried. */
    <T> T write(Supplier<T> work) {
        return write(work, () -> ProblemException.conflict("booking-overlap", "The booking overlaps another"));
    }

    /** The 409 for [startsAt, endsAt) of {@code resource} overlapping an active booking other than {@code exceptId}. */
    ProblemException overlapConflict(ResourceView resource, Instant startsAt, Instant endsAt, long exceptId) {
        return bookings.firstOverlapping(resource.id().value(), startsAt.toEpochMilli(), endsAt.toEpochMilli(),
                        exceptId)
                .map(other -> {
                    String from = local(other.startsAt(), resource.timeZone());
                    String to = local(other.endsAt(), resource.timeZone());
                    return ProblemException.conflict("booking-overlap",
                                    resource.name() + " is already booked from " + from + " to " + to)
                            .with("conflict", Map.of("bookingId", other.id(), "startsAt", from, "endsAt", to));
                })
                // the other booking was cancelled between our insert and this read
                .orElseGet(() -> ProblemException.conflict("booking-overlap",
                        resource.name() + " is already booked at that time"));
    }

    static boolean isTransient(DataAccessException e) {
        String state = DatabaseVendor.sqlState(e);
        // SQLite answers SQLITE_BUSY only after its busy timeout; worth another try all the same
        return (state != null && TRANSIENT_SQL_STATES.contains(state))
                || e instanceof PessimisticLockingFailureException
                || mentionsSqliteBusy(e);
    }

    private static boolean mentionsSqliteBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("SQLITE_BUSY")) {
                return true;
            }
        }
        return false;
    }

    private static String local(long epochMillis, ZoneId zone) {
        return Instant.ofEpochMilli(epochMillis).atZone(zone).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
