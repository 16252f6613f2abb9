package dev.allot.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.allot.testing.AllotIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The README's PostgreSQL backup (issue 15): {@code pg_dump -Fc} of the running database and {@code
 * pg_restore} into an empty one give the bookings and the no-overlap constraint back.
 */
class PostgresDumpRestoreIT extends AllotIntegrationTest {

    @Autowired
    Environment environment;

    @Test
    void pg_dump_and_pg_restore_bring_the_bookings_and_the_guard_back() throws Exception {
        assumeTrue(onPostgres(), "PostgreSQL's own tools");
        long booking = as(member()).post("/api/v1/bookings", booking(room(2), at("Europe/Berlin", 2, 9, 0),
                at("Europe/Berlin", 2, 10, 0))).json().get("id").asLong();
        String url = environment.getRequiredProperty("spring.datasource.url");
        String restoredName = "allot_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String restoredUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + restoredName + "$1");
        Path dump = Files.createTempFile("allot-", ".dump");

        run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + libpq(url));
        execute(url, "create database " + restoredName);
        try {
            run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restoredUrl), dump.toString());

            assertThat(single(restoredUrl, "select status from booking where id = " + booking)).isEqualTo("CONFIRMED");
            assertThat(single(restoredUrl, "select count(*) from pg_constraint where conname = 'booking_no_overlap'"
                    + " and conrelid = 'booking'::regclass"))
                    .isEqualTo("1");
            assertThat(single(restoredUrl, "select max(version) from flyway_schema_history"))
                    .isEqualTo(single(url, "select max(version) from flyway_schema_history"));
        } finally {
            execute(url, "drop database if exists " + restoredName + " with (force)");
        }
    }

    /** The JDBC URL as libpq takes it: {@code postgresql://host:port/db?user=...}, the credentials from Spring's. */
    private String libpq(String jdbcUrl) {
        return jdbcUrl.substring("jdbc:".length());
    }

    private void run(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary(tool));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        if (user != null && !user.isBlank()) {
            env.put("PGUSER", user);
        }
        if (password != null && !password.isBlank()) {
            env.put("PGPASSWORD", password);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
        assertThat(process.exitValue()).as(tool + ": " + output).isZero();
    }

    /** The newest PostgreSQL's tool (a pg_dump older than the server refuses it), else the one on PATH. */
    private static String binary(String tool) throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (var all = Files.list(versions)) {
                var newest = all.map(v -> v.resolve("bin").resolve(tool)).filter(Files::isExecutable)
                        .max((a, b) -> Integer.compare(major(a), major(b)));
                if (newest.isPresent()) {
                    return newest.get().toString();
                }
            }
        }
        return tool;
    }

    private static int major(Path tool) {
        try {
            return Integer.parseInt(tool.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    private void execute(String url, String sql) throws Exception {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String single(String url, String sql) throws Exception {
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }
}
