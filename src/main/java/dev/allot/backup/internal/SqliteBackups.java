package dev.allot.backup.internal;

import dev.allot.backup.BackupFile;
import dev.allot.backup.BackupMade;
import dev.allot.backup.Backups;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.platform.DatabaseVendor;
import dev.allot.platform.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * {@link Backups} on SQLite: {@code VACUUM INTO} a file of the data folder's {@code backups/}, one
 * backup at a time on a node, the oldest beyond {@code allot.backup.keep} deleted after each new one.
 */
@Component
class SqliteBackups implements Backups {

    private static final Logger log = LoggerFactory.getLogger(SqliteBackups.class);

    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final Path folder;
    private final BackupProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SqliteBackups(DataSource dataSource, DatabaseVendor vendor, @Value("${allot.data-dir}") Path dataDir,
            BackupProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.folder = dataDir.resolve("backups");
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public BackupFile backUp(CurrentUser admin) {
        admin.requireAdmin("Only admins back up the database");
        requireSqlite();
        return write(admin.id());
    }

    @Override
    public List<BackupFile> list(CurrentUser admin) {
        admin.requireAdmin("Only admins see the backups");
        return backups();
    }

    @Override
    public Path file(String name, CurrentUser admin) {
        admin.requireAdmin("Only admins download backups");
        if (!SqliteCopy.NAME.matcher(name).matches() || !Files.isRegularFile(folder.resolve(name))) {
            throw ProblemException.notFound("Backup", name);
        }
        return folder.resolve(name);
    }

    /** The daily task's backup; nothing on PostgreSQL, whose pg_dump is scheduled outside Allot. */
    void daily() {
        if (vendor != DatabaseVendor.SQLITE) {
            log.info("Daily backup skipped: the database is PostgreSQL; back it up with pg_dump (see the README)");
            return;
        }
        write(null);
    }

    private synchronized BackupFile write(@Nullable UserId actor) {
        Instant now = clock.instant();
        Path target;
        try {
            Files.createDirectories(folder);
            target = SqliteCopy.newFile(folder, now);
            try (Connection connection = dataSource.getConnection()) {
                SqliteCopy.copy(connection, target);
            }
        } catch (IOException | SQLException failed) {
            log.error("Backup failed", failed);
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "backup-failed", "Backup failed",
                    "The backup could not be written to " + folder + ": " + failed.getMessage());
        }
        BackupFile made = view(target);
        log.info("Backup written: {} ({} bytes)", target, made.bytes());
        events.publishEvent(new BackupMade(made, actor, now));
        prune();
        return made;
    }

    /** Keeps the newest {@code keep} backups. */
    private void prune() {
        List<BackupFile> all = backups();
        for (BackupFile old : all.subList(Math.min(properties.keep(), all.size()), all.size())) {
            try {
                Files.deleteIfExists(folder.resolve(old.name()));
                log.info("Backup {} deleted: {} are kept", old.name(), properties.keep());
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}", old.name(), e);
            }
        }
    }

    private List<BackupFile> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> SqliteCopy.NAME.matcher(file.getFileName().toString()).matches())
                    .map(SqliteBackups::view)
                    // the name holds the time, to the second: newest first, and a counter after it
                    .sorted(Comparator.comparing(BackupFile::name, SqliteBackups::byStamp).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int byStamp(String a, String b) {
        return key(a).compareTo(key(b));
    }

    /** "allot-20261204-023000-2.db" sorts after "allot-20261204-023000.db". */
    private static String key(String name) {
        String stem = name.substring("allot-".length(), name.length() - ".db".length());
        return stem.length() == 15 ? stem + "-000" : stem.substring(0, 16) + String.format("%03d",
                Integer.parseInt(stem.substring(16)));
    }

    private static BackupFile view(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireSqlite() {
        if (vendor != DatabaseVendor.SQLITE) {
            throw ProblemException.conflict("backup-unsupported",
                    "Allot backs up SQLite; back PostgreSQL up with pg_dump (see the README's Backups section)");
        }
    }
}
