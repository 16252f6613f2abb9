/**
 * Backups of the SQLite database taken while Allot runs (SQLite's {@code VACUUM INTO}, never a copy of
 * the live file): on demand by admins (page and API), by the command {@code java -jar allot.jar backup
 * <file>}, and daily with retention. PostgreSQL is backed up with its own {@code pg_dump}.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity"})
@NullMarked
package dev.allot.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
