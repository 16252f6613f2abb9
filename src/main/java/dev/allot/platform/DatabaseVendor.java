package dev.allot.platform;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** The database Allot runs on, for the few statements whose SQL differs between the two. */
public enum DatabaseVendor {
    SQLITE,
    POSTGRESQL;

    public static DatabaseVendor fromJdbcUrl(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Allot runs on SQLite or PostgreSQL, not on " + url);
    }

    /** Whether the failure, or one of its causes, is the named constraint or trigger refusing a row. */
    public static boolean isViolationOf(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof SQLException && message != null && message.contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the first {@link SQLException} in the cause chain, if any. */
    public static @Nullable String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
