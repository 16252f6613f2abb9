package dev.allot.platform.internal;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * sqlite-jdbc reports the primary result code (19, constraint) as the error code and keeps the
 * extended one (unique, primary key) aside; this tells duplicate keys apart so that callers can
 * catch {@link DuplicateKeyException} on SQLite as on PostgreSQL. Registered in sql-error-codes.xml.
 */
public class SqliteExceptionTranslator implements SQLExceptionTranslator {

    @Override
    public @Nullable DataAccessException translate(String task, @Nullable String sql, SQLException e) {
        if (e instanceof SQLiteException sqlite
                && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                        || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)) {
            return new DuplicateKeyException(task + "; " + e.getMessage(), e);
        }
        return null;
    }
}
