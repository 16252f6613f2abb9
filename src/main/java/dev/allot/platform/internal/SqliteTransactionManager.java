package dev.allot.platform.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Runs Allot's transactions on SQLite one at a time, in arrival order, queueing them in Java.
 *
 * <p>SQLite has one writer at a time and every Allot transaction writes (they begin IMMEDIATE).
 * Left to SQLite, a transaction that finds the write lock taken waits inside the driver's native
 * busy handler, which pins the virtual thread to its carrier. With as many waiters as carriers
 * (two on a 2-core machine) the transaction that holds the lock cannot get a carrier to finish,
 * and every request stalls until the busy timeout (30 s) runs out (measured: bench/README.md, B5).
 * Waiting on a fair {@link ReentrantLock} instead parks the virtual thread and frees its carrier.
 * Statements outside a transaction (reads, db-scheduler's own updates on its platform threads)
 * still meet SQLite's lock directly.
 */
final class SqliteTransactionManager extends JdbcTransactionManager {

    private final transient ReentrantLock writer = new ReentrantLock(true);
    private final long waitMillis;

    SqliteTransactionManager(DataSource dataSource, long waitMillis) {
        super(dataSource);
        this.waitMillis = waitMillis;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        acquire();
        try {
            super.doBegin(transaction, definition);
        } catch (RuntimeException | Error e) {
            writer.unlock();
            throw e;
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        } finally {
            if (writer.isHeldByCurrentThread()) {
                writer.unlock();
            }
        }
    }

    private void acquire() {
        try {
            if (!writer.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new CannotAcquireLockException("SQLite is busy: no transaction slot within " + waitMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotAcquireLockException("Interrupted while waiting for SQLite's write slot", e);
        }
    }
}
