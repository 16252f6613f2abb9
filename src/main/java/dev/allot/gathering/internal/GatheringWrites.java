package dev.allot.gathering.internal;

import dev.allot.platform.DatabaseVendor;
import dev.allot.platform.ProblemException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the use cases write: each change in its own transaction, run again when the database gives up on
 * it for a reason that passes (a PostgreSQL deadlock or serialization failure, SQLITE_BUSY), and the
 * refusals of the database's guards turned into the 409s that name them.
 */
@Component
class GatheringWrites {

    private static final int ATTEMPTS = 3;
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40P01", "40001");
    /** PostgreSQL names the constraint, SQLite the columns of a unique key. */
    static final List<String> ONE_PER_EVENT = List.of(ParticipantRepository.ONE_PER_EVENT,
            "gathering_participant.gathering_id, gathering_participant.person_id");
    static final List<String> CODE_TAKEN = List.of(GatheringRepository.CODE_KEY, "gathering.code");

    private final TransactionTemplate transactions;

    GatheringWrites(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Runs {@code work} in a transaction; a person at two overlapping events becomes {@code onOverlap}'s problem. */
    <T> T write(Supplier<T> work, Supplier<ProblemException> onOverlap) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> work.get());
            } catch (DataAccessException e) {
                if (DatabaseVendor.isViolationOf(e, ParticipantRepository.NO_OVERLAP)) {
                    throw onOverlap.get();
                }
                if (DatabaseVendor.isViolationOf(e, GatheringRepository.SEATS_CHECK)) {
                    throw noSeats();
                }
                if (violates(e, ONE_PER_EVENT)) {
                    throw ProblemException.conflict("already-asked", "You already asked to join this event");
                }
                if (attempt < ATTEMPTS && (isTransient(e) || violates(e, CODE_TAKEN))) {
                    continue;
                }
                throw e;
            }
        }
    }

    static ProblemException noSeats() {
        return ProblemException.conflict("no-seats", "No seats are left at this event");
    }

    static boolean violates(Throwable failure, List<String> names) {
        return names.stream().anyMatch(name -> DatabaseVendor.isViolationOf(failure, name));
    }

    private static boolean isTransient(DataAccessException e) {
        String state = DatabaseVendor.sqlState(e);
        if ((state != null && TRANSIENT_SQL_STATES.contains(state)) || e instanceof PessimisticLockingFailureException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("SQLITE_BUSY")) {
                return true;
            }
        }
        return false;
    }
}
