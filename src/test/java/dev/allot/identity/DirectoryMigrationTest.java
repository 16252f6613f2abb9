package dev.allot.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * V16 rebuilds app_user on SQLite (a NOT NULL cannot be dropped otherwise). With the foreign keys
 * on, as every connection of the application has them, dropping the old table would delete every
 * token, inbox message and preference through ON DELETE CASCADE; this proves that nothing is lost.
 */
class DirectoryMigrationTest {

    @Test
    void v16_keeps_people_their_tokens_bookings_and_inbox_on_sqlite() throws Exception {
        Path file = Files.createTempFile("allot-v16-", ".db");
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource database = new SQLiteDataSource(config);
        database.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(database).locations("classpath:db/migration/sqlite").target("15").load()
                .migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into app_user (id, email, display_name, password_hash, role, active, created_at, locale,
                                          home_site_id)
                    values (7, 'anna@example.test', 'Анна Ёлкина', '{noop}secret', 'ADMIN', 1, 1000, 'ru', 3),
                           (9, 'bob@example.test', 'Bob', '{noop}secret', 'MEMBER', 0, 2000, null, null)""");
            sql.execute("insert into api_token (user_id, token_hash, created_at, expires_at) values (7, 'hash', 1, 2)");
            sql.execute("insert into site (id, name, time_zone, created_at) values (3, 'HQ', 'UTC', 1)");
            sql.execute("""
                    insert into resource (id, site_id, kind, name, capacity, created_at, updated_at)
                    values (5, 3, 'DESK', 'Desk 1', 1, 1, 1)""");
            sql.execute("""
                    insert into booking (id, resource_id, user_id, title, attendees, starts_at, ends_at, status,
                                         created_at, updated_at, cancelled_by)
                    values (11, 5, 9, 'Desk', 1, 100, 200, 'CANCELLED', 1, 1, 7)""");
            sql.execute("""
                    insert into notification (user_id, kind, title, body, created_at, delivery_key)
                    values (9, 'booking-cancelled', 'T', 'B', 1, 'k:booking-11:9')""");
            sql.execute("""
                    insert into notification_preference (user_id, kind, channel, enabled)
                    values (7, 'booking-cancelled', 'EMAIL', 0)""");
        }

        Flyway.configure().dataSource(database).locations("classpath:db/migration/sqlite").load().migrate();

        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            assertThat(rows(sql, """
                    select id || ' ' || email || ' ' || display_name || ' ' || password_hash || ' ' || role || ' '
                           || active || ' ' || created_at || ' ' || coalesce(locale, '-') || ' '
                           || coalesce(home_site_id, '-') || ' ' || search_name
                    from app_user order by id""")).containsExactly(
                    "7 anna@example.test Анна Ёлкина {noop}secret ADMIN 1 1000 ru 3 анна елкина",
                    "9 bob@example.test Bob {noop}secret MEMBER 0 2000 - - bob");
            assertThat(rows(sql, "select user_id || ' ' || token_hash from api_token")).containsExactly("7 hash");
            assertThat(rows(sql, "select id || ' ' || user_id || ' ' || cancelled_by from booking"))
                    .containsExactly("11 9 7");
            assertThat(rows(sql, "select user_id || ' ' || delivery_key from notification"))
                    .containsExactly("9 k:booking-11:9");
            assertThat(rows(sql, "select user_id || ' ' || channel from notification_preference"))
                    .containsExactly("7 EMAIL");
            assertThat(rows(sql, "pragma foreign_key_check")).isEmpty();
            assertThat(rows(sql, "pragma foreign_keys")).containsExactly("1");
            // the rebuilt table still answers the foreign keys that point at it
            sql.execute("insert into app_user (id, display_name, role, created_at) values (12, 'No email', 'MEMBER', 3)");
            sql.execute("insert into api_token (user_id, token_hash, created_at, expires_at) values (12, 'h12', 1, 2)");
            sql.execute("delete from app_user where id = 12");
            assertThat(rows(sql, "select token_hash from api_token")).containsExactly("hash");
            assertThatThrownBy(() -> sql.execute("delete from app_user where id = 7")).as("booking 11 names 7")
                    .hasMessageContaining("FOREIGN KEY");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
