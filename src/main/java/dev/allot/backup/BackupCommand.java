package dev.allot.backup;

import dev.allot.backup.internal.SqliteCopy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar allot.jar backup <file>}: a consistent copy of the SQLite database while Allot runs
 * (for cron), without starting Allot. The database is found as Allot finds it: {@code
 * --spring.datasource.url=} or {@code SPRING_DATASOURCE_URL}, else {@code allot.db} in {@code
 * --allot.data-dir=} or {@code ALLOT_DATA_DIR}, else in {@code ./data}.
 */
public final class BackupCommand {

    /** Exit codes: done, failed, wrong use (sysexits' EX_USAGE), nothing to do here (PostgreSQL). */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 64;
    public static final int NOT_SQLITE = 2;

    private BackupCommand() {}

    /** {@code args} as given to {@code main}, starting with "backup". */
    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        @Nullable String file = null;
        @Nullable String url = environment.get("SPRING_DATASOURCE_URL");
        String dataDir = environment.getOrDefault("ALLOT_DATA_DIR", "./data");
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--spring.datasource.url=")) {
                url = arg.substring("--spring.datasource.url=".length());
            } else if (arg.startsWith("--allot.data-dir=")) {
                dataDir = arg.substring("--allot.data-dir=".length());
            } else if (!arg.startsWith("--") && file == null) {
                file = arg;
            } else {
                out.println("Unknown argument: " + arg);
                return usage(out);
            }
        }
        if (file == null) {
            return usage(out);
        }
        if (url == null || url.isBlank()) {
            url = "jdbc:sqlite:" + Path.of(dataDir).resolve("allot.db");
        }
        if (!url.startsWith("jdbc:sqlite:")) {
            out.println("The database is not SQLite (" + url.replaceAll("//[^@/]*@", "//") + "): back PostgreSQL up "
                    + "with pg_dump, as the README's Backups section shows.");
            return NOT_SQLITE;
        }
        Path database = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", ""));
        if (!Files.isRegularFile(database)) {
            out.println("No database at " + database.toAbsolutePath() + " (set --allot.data-dir= or ALLOT_DATA_DIR)");
            return FAILED;
        }
        Path target = Path.of(file).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("pragma busy_timeout = 30000");
            }
            Files.createDirectories(target.getParent());
            SqliteCopy.copy(connection, target);
            out.println("Backed up " + database.toAbsolutePath() + " to " + target + " (" + Files.size(target)
                    + " bytes)");
            return OK;
        } catch (SQLException | IOException failed) {
            out.println("Backup failed: " + failed.getMessage());
            return FAILED;
        }
    }

    private static int usage(PrintStream out) {
        out.println("Usage: java -jar allot.jar backup <file> [--allot.data-dir=<folder>]");
        return USAGE;
    }
}
