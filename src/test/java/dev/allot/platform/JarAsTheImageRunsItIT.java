package dev.allot.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.allot.testing.Api;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What the container image relies on, tested on the jar without a container (issue 15, ADR 34): Allot
 * started as an unprivileged user that may write only its data folder (as uid 10001 may only write
 * {@code /data}), on a database left at an older schema version (an upgrade: Flyway migrates it), stopped
 * by SIGTERM while bookings pour in (as {@code docker stop} does), and started again: every booking
 * that was answered 201 is there. SQLite only (the image's default); a jar process of its own.
 */
class JarAsTheImageRunsItIT {

    private static final String ADMIN = "admin@image.allot.test";
    private static final String PASSWORD = "image-admin-passphrase-7Qw";
    private static final int NOBODY = 65534;

    @Test
    void an_upgrade_started_as_a_user_who_writes_only_data_survives_sigterm_under_load() throws Exception {
        String url = System.getProperty("spring.datasource.url");
        assumeFalse(url != null && url.startsWith("jdbc:postgresql:"), "the image's default set-up is SQLite");
        Path jar = jar();
        Path data = Files.createTempDirectory("allot-image-data-");
        // an installation of an older Allot: the schema as migration 20 left it
        Flyway.configure().dataSource("jdbc:sqlite:" + data.resolve("allot.db"), null, null)
                .locations("classpath:db/migration/sqlite").target("20").load().migrate();
        Path readOnly = Files.createTempDirectory("allot-image-root-");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            chownNobody(data);
        }
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 1000);

        int port = freePort();
        Process first = start(jar, data, readOnly, port, root);
        Api anonymous = new Api("http://localhost:" + port, null);
        awaitReady(first, anonymous);
        assertThat(latestMigration(data)).isEqualTo(latestMigrationInTheJar());
        Api admin = anonymous.withToken(anonymous.post("/api/v1/auth/token", Map.of("email", ADMIN,
                "password", PASSWORD)).json().get("accessToken").asString());
        long site = admin.post("/api/v1/sites", Map.of("name", "Image HQ", "timeZone", "UTC", "openingHours",
                List.of())).json().get("id").asLong();
        long room = admin.post("/api/v1/resources", Map.of("siteId", site, "kind", "ROOM", "name", "Image room",
                "capacity", 4, "amenities", List.of(), "requiresApproval", false)).json().get("id").asLong();

        Set<Long> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger slot = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(3);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        for (int i = 0; i < 3; i++) {
            load.submit(() -> {
                while (first.isAlive()) {
                    int n = slot.getAndIncrement();
                    String start = day.plusDays(n / 40).atTime(0, 0).plusMinutes(30L * (n % 40)) + ":00Z";
                    String end = day.plusDays(n / 40).atTime(0, 0).plusMinutes(30L * (n % 40) + 30) + ":00Z";
                    try {
                        Api.Response booked = admin.post("/api/v1/bookings", Map.of("resourceId", room,
                                "startsAt", start, "endsAt", end, "title", "Load", "attendees", 1));
                        if (booked.status() == 201) {
                            answered.add(booked.json().get("id").asLong());
                        }
                    } catch (RuntimeException refusedOrGone) {
                        // the node is stopping: what was answered is what counts
                    }
                }
                return null;
            });
        }
        dev.allot.testing.Eventually.until("bookings under load", answered::size, n -> n >= 30);
        first.destroy(); // SIGTERM, as docker stop sends
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(answered).hasSizeGreaterThanOrEqualTo(30);

        Process second = start(jar, data, readOnly, port, root);
        try {
            awaitReady(second, anonymous);
            Api again = anonymous.withToken(anonymous.post("/api/v1/auth/token", Map.of("email", ADMIN,
                    "password", PASSWORD)).json().get("accessToken").asString());
            for (long id : answered) {
                assertThat(again.get("/api/v1/bookings/" + id).status()).as("booking %d after SIGTERM", id)
                        .isEqualTo(200);
            }
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }

        try (Stream<Path> written = Files.list(readOnly)) {
            assertThat(written).as("nothing written outside the data folder").isEmpty();
        }
        if (root) {
            assertThat(filesOfNobodyIn(Path.of(System.getProperty("java.io.tmpdir")), before).stream()
                    .filter(file -> !file.equals(data)).toList())
                    .as("nothing of the user's in the system's temporary folder").isEmpty();
        }
        assertThat(data.resolve("logs")).isDirectory();
        assertThat(data.resolve("tmp")).isDirectory();
    }

    private static Process start(Path jar, Path data, Path cwd, int port, boolean root) throws IOException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        // as the image's JAVA_OPTS: the JVM's counters in memory, not in /tmp/hsperfdata_<user>
        command.addAll(List.of(java(), "-Xmx512m", "-XX:+PerfDisableSharedMem", "-Djava.io.tmpdir=" + data.resolve("tmp"), "-jar", jar.toString(),
                "--server.port=" + port, "--allot.data-dir=" + data, "--allot.admin.email=" + ADMIN,
                "--allot.admin.password=" + PASSWORD, "--allot.backup.daily=false"));
        Files.createDirectories(data.resolve("tmp"));
        if (root) {
            chownNobody(data);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("console-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("HOME", cwd.toString());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        return builder.start();
    }

    private static void awaitReady(Process process, Api anonymous) {
        dev.allot.testing.Eventually.until("Allot ready", Duration.ofSeconds(120), () -> {
            assertThat(process.isAlive()).as("Allot is running").isTrue();
            try {
                return anonymous.get("/actuator/health/readiness").status();
            } catch (RuntimeException notYet) {
                return 0;
            }
        }, status -> status == 200);
    }

    private static String latestMigration(Path data) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("allot.db"));
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select version from flyway_schema_history where success = 1 order by installed_rank desc limit 1")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static String latestMigrationInTheJar() {
        var all = Flyway.configure().locations("classpath:db/migration/sqlite")
                .dataSource("jdbc:sqlite::memory:", null, null).load().info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("allot-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar")).findFirst().orElse(null);
            assumeTrue(jar != null, "the jar is built by the package phase, before the integration tests");
            return jar.toAbsolutePath();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void chownNobody(Path folder) throws IOException {
        try {
            Process chown = new ProcessBuilder("chown", "-R", NOBODY + ":" + NOBODY, folder.toString()).inheritIO().start();
            assertThat(chown.waitFor(30, TimeUnit.SECONDS) && chown.exitValue() == 0).as("chown").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static List<Path> filesOfNobodyIn(Path folder, FileTime since) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                try {
                    return Files.getAttribute(file, "unix:uid").equals(NOBODY)
                            && Files.getLastModifiedTime(file).compareTo(since) > 0;
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }).toList();
        }
    }
}
