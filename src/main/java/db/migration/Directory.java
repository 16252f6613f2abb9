package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * V16, the employee directory (ADR 18): a person's email and password become optional (people who
 * only use the Telegram bot have neither), and a person gets a team, a search key of their name and
 * an optional linked Telegram account. Java, not SQL, for two reasons: SQLite cannot drop a NOT NULL
 * without rebuilding the table, which must happen with foreign keys off (outside a transaction), and
 * the search key folds Cyrillic, which SQLite's lower() does not.
 */
public final class Directory {

    /** app_user's columns before V16, copied as they are. */
    private static final String OLD_COLUMNS =
            "id, email, display_name, password_hash, role, active, created_at, locale, home_site_id";

    private Directory() {}

    /**
     * The twelve steps of sqlite.org/lang_altertable.html: with foreign keys off, a new table is made,
     * filled, the old one dropped (which, with them on, would delete every token, booking and inbox
     * message through their ON DELETE CASCADE or fail on the others) and the new one renamed; then the
     * foreign keys are checked before the commit.
     */
    public static void migrateSqlite(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            sql.execute("pragma foreign_keys = off");
            connection.setAutoCommit(false);
            try {
                sql.execute("""
                        create table app_user_v16 (
                            id               integer primary key,
                            email            text    unique,  -- stored lower-cased; null for people without one
                            display_name     text    not null,
                            password_hash    text,            -- null: no password sign-in
                            role             text    not null check (role in ('VIEWER', 'MEMBER', 'ADMIN')),
                            active           integer not null default 1 check (active in (0, 1)),
                            created_at       integer not null,
                            locale           text,
                            home_site_id     integer,         -- a site id; not a foreign key, identity does not own sites
                            team             text,
                            search_name      text    not null default '',  -- the name folded by Java, for search
                            telegram_user_id integer unique,  -- Telegram's numeric user id of a linked account
                            telegram_name    text
                        )""");
                sql.execute("insert into app_user_v16 (" + OLD_COLUMNS + ") select " + OLD_COLUMNS + " from app_user");
                sql.execute("drop table app_user");
                sql.execute("alter table app_user_v16 rename to app_user");
                sql.execute("create index app_user_by_team on app_user (team)");
                fillSearchNames(connection);
                List<String> broken = new ArrayList<>();
                try (ResultSet check = sql.executeQuery("pragma foreign_key_check")) {
                    while (check.next()) {
                        broken.add(check.getString(1) + " row " + check.getLong(2) + " -> " + check.getString(3));
                    }
                }
                if (!broken.isEmpty()) {
                    throw new SQLException("V16 would leave foreign keys pointing nowhere: " + broken);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
                sql.execute("pragma foreign_keys = on");
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    public static void migratePostgresql(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table app_user alter column email drop not null");
            sql.execute("alter table app_user alter column password_hash drop not null");
            sql.execute("alter table app_user add column team text");
            sql.execute("alter table app_user add column search_name text not null default ''");
            sql.execute("alter table app_user add column telegram_user_id bigint unique");
            sql.execute("alter table app_user add column telegram_name text");
            sql.execute("create index app_user_by_team on app_user (team)");
        }
        fillSearchNames(connection);
    }

    /** The V16 form of identity's search key, frozen here so that the migration never changes. */
    static String searchKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return folded.strip().replaceAll("\\s+", " ");
    }

    private static void fillSearchNames(Connection connection) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, display_name from app_user")) {
            while (rows.next()) {
                names.put(rows.getLong(1), rows.getString(2));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update app_user set search_name = ? where id = ?")) {
            for (Map.Entry<Long, String> person : names.entrySet()) {
                update.setString(1, searchKey(person.getValue()));
                update.setLong(2, person.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
