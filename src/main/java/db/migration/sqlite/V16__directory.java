package db.migration.sqlite;

import db.migration.Directory;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** See {@link Directory#migrateSqlite}. */
public class V16__directory extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        // PRAGMA foreign_keys=OFF is a no-op inside a transaction; the migration opens its own.
        return false;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Directory.migrateSqlite(context.getConnection());
    }
}
