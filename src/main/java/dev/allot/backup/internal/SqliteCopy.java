package dev.allot.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A consistent copy of a live SQLite database by {@code VACUUM INTO}: one read transaction, so
 * writers go on (WAL) and the copy holds exactly what was committed when it began; written to a
 * {@code .partial} file and renamed at the end, so that a half-written copy never looks like a backup.
 * Public for the {@code backup} command ({@link dev.allot.backup.BackupCommand}); not an API.
 */
public final class SqliteCopy {

    /** The names backups get: {@code allot-20261204-023000.db}, a counter when two fall in one second. */
    public static final Pattern NAME = Pattern.compile("allot-\\d{8}-\\d{6}(-\\d{1,3})?\\.db");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private SqliteCopy() {}

    /** Writes the database of {@code connection} to {@code target}, which must not exist yet. */
    public static void copy(Connection connection, Path target) throws SQLException, IOException {
        if (Files.exists(target)) {
            throw new IOException(target + " exists already; a backup never overwrites a file");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum into '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException failed) {
            Files.deleteIfExists(partial);
            throw failed;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A new backup's file in {@code folder}, named by {@code now} (UTC). */
    public static Path newFile(Path folder, Instant now) {
        String stamp = STAMP.format(now);
        Path file = folder.resolve("allot-" + stamp + ".db");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("allot-" + stamp + "-" + n + ".db");
        }
        return file;
    }
}
