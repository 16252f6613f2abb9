package dev.allot.backup;

import dev.allot.identity.CurrentUser;
import java.nio.file.Path;
import java.util.List;

/**
 * Online backups of the SQLite database, for admins (403 otherwise). On PostgreSQL each is a 409
 * {@code backup-unsupported}: its own {@code pg_dump} backs it up (see the README).
 */
public interface Backups {

    /** Writes a consistent copy of the database now, while bookings go on; then drops the oldest beyond the kept number. */
    BackupFile backUp(CurrentUser admin);

    /** The backups there are, newest first. */
    List<BackupFile> list(CurrentUser admin);

    /** The file of the backup {@code name} (404 for a name that is not one of the list). */
    Path file(String name, CurrentUser admin);
}
