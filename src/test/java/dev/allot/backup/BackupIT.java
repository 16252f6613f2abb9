package dev.allot.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.allot.AllotApplication;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import dev.allot.testing.Eventually;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Online backups (issue 15): taken under booking load, a backup holds every booking answered 201 before
 * it began and no overlap, and Allot started on it (the README's restore) answers them; the command
 * for cron; the API's list and download; admins only; on PostgreSQL a 409 that points to pg_dump.
 */
class BackupIT extends AllotIntegrationTest {

    @Autowired
    Environment environment;

    @Test
    void a_backup_under_load_holds_every_booking_answered_before_it_and_restores_to_a_working_allot()
            throws Exception {
        assumeFalse(onPostgres(), "SQLite's backup; PostgreSQL is backed up with pg_dump");
        List<Long> rooms = List.of(room(4), room(4), room(4));
        List<User> people = List.of(member(), member());
        Set<Long> answeredBefore = ConcurrentHashMap.newKeySet();
        AtomicBoolean backupStarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(2);
        for (User person : people) {
            load.submit(() -> {
                while (!stop.get()) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    OffsetDateTime start = at("Europe/Berlin", random.nextInt(1, 60), random.nextInt(7, 20), 0);
                    Api.Response answer = as(person).post("/api/v1/bookings",
                            booking(rooms.get(random.nextInt(rooms.size())), start, start.plusMinutes(30)));
                    if (answer.status() == 201 && !backupStarted.get()) {
                        answeredBefore.add(answer.json().get("id").asLong());
                    }
                }
                return null;
            });
        }
        Eventually.until("20 bookings answered under load", answeredBefore::size, answered -> answered >= 20);
        backupStarted.set(true);
        Api.Response made = as(admin()).post("/api/v1/backups", Map.of());
        stop.set(true);
        load.shutdown();

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        Path file = Path.of(environment.getProperty("allot.data-dir"), "backups", made.json().get("name").asString());
        assertThat(file).isRegularFile();
        try (Connection backup = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(single(backup, "pragma integrity_check")).isEqualTo("ok");
            for (long id : answeredBefore) {
                assertThat(single(backup, "select status from booking where id = " + id)).as("booking %d", id)
                        .isIn("CONFIRMED", "PENDING");
            }
            assertThat(single(backup, """
                    select count(*) from booking a join booking b on a.resource_id = b.resource_id and a.id < b.id
                     where a.status in ('PENDING', 'CONFIRMED') and b.status in ('PENDING', 'CONFIRMED')
                       and a.starts_at < b.ends_at and b.starts_at < a.ends_at""")).isEqualTo("0");
        }

        // the README's restore: the backup as allot.db of a data folder, and Allot started on it
        Path restored = Files.createTempDirectory("allot-restored-");
        Files.copy(file, restored.resolve("allot.db"));
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(AllotApplication.class).run(
                "--server.port=0", "--allot.data-dir=" + restored, "--allot.telegram.run=false",
                "--allot.backup.daily=false", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + environment.getProperty("spring.mail.port"))) {
            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            Api there = new Api("http://localhost:" + port, null);
            String token = there.post("/api/v1/auth/token", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                    .json().get("accessToken").asString();
            for (long id : answeredBefore) {
                assertThat(there.withToken(token).get("/api/v1/bookings/" + id).status()).as("booking %d", id)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void the_backup_command_copies_the_running_database_for_cron() throws Exception {
        assumeFalse(onPostgres(), "SQLite's backup");
        long booking = as(member()).post("/api/v1/bookings", booking(room(2), at("Europe/Berlin", 3, 10, 0),
                at("Europe/Berlin", 3, 11, 0))).json().get("id").asLong();
        Path target = Files.createTempDirectory("allot-cron-").resolve("nightly/allot.db");
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        int exit = BackupCommand.run(new String[] {"backup", target.toString(),
                "--allot.data-dir=" + environment.getProperty("allot.data-dir")}, Map.of(),
                new PrintStream(said, true, StandardCharsets.UTF_8));

        assertThat(exit).as(said.toString(StandardCharsets.UTF_8)).isEqualTo(BackupCommand.OK);
        try (Connection backup = DriverManager.getConnection("jdbc:sqlite:" + target)) {
            assertThat(single(backup, "select status from booking where id = " + booking)).isEqualTo("CONFIRMED");
        }
        assertThat(BackupCommand.run(new String[] {"backup", target.toString(),
                "--allot.data-dir=" + environment.getProperty("allot.data-dir")}, Map.of(), quiet()))
                .as("never overwrites").isEqualTo(BackupCommand.FAILED);
        assertThat(BackupCommand.run(new String[] {"backup"}, Map.of(), quiet())).isEqualTo(BackupCommand.USAGE);
        assertThat(BackupCommand.run(new String[] {"backup", "x.db"},
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/allot"), quiet())).isEqualTo(BackupCommand.NOT_SQLITE);
    }

    @Test
    void admins_list_and_download_backups_and_each_is_audited() {
        assumeFalse(onPostgres(), "SQLite's backup");
        Api admin = as(admin());
        String name = admin.post("/api/v1/backups", Map.of()).json().get("name").asString();

        JsonNode listed = admin.get("/api/v1/backups").json();
        Api.Response download = admin.get("/api/v1/backups/" + name);
        JsonNode audit = admin.get("/api/v1/audit?action=backup.created&targetId=" + name).json().get("items");

        List<String> names = new ArrayList<>();
        listed.forEach(backup -> names.add(backup.get("name").asString()));
        assertThat(names).contains(name);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("SQLite format 3");
        assertThat(audit.size()).isEqualTo(1);
        assertThat(admin.get("/api/v1/backups/allot.db").status()).isEqualTo(404);
        User member = member();
        assertThat(as(member).post("/api/v1/backups", Map.of()).status()).isEqualTo(403);
        assertThat(as(member).get("/api/v1/backups").status()).isEqualTo(403);
    }

    @Test
    void on_postgresql_a_backup_points_to_pg_dump() {
        assumeTrue(onPostgres());

        Api.Response refused = as(admin()).post("/api/v1/backups", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("backup-unsupported");
        assertThat(refused.json().get("detail").asString()).contains("pg_dump");
    }

    private static String single(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
