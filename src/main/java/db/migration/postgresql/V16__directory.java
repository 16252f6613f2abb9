package db.migration.postgresql;

import db.migration.Directory;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** See {@link Directory#migratePostgresql}. */
public class V16__directory extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Directory.migratePostgresql(context.getConnection());
    }
}
