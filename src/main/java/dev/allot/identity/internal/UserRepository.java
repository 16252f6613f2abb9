package dev.allot.identity.internal;

import dev.allot.identity.Role;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {


    private final JdbcClient jdbc;
    private final RecentTokens recent;

    UserRepository(JdbcClient jdbc, RecentTokens recent) {
        this.jdbc = jdbc;
        this.recent = recent;
    }

    long insert(@Nullable String email, String displayName, @Nullable String passwordHash, Role role, long createdAt) {
        return jdbc.sql("""
                        insert into app_user (email, display_name, search_name, password_hash, role, active, created_at)
                        values (:email, :displayName, :searchName, :passwordHash, :role, true, :createdAt)
                        returning id
                        """)
                .param("email", email)
                .param("displayName", displayName)
                .param("searchName", NameSearch.key(displayName))
                .param("passwordHash", passwordHash)
                .param("role", role.name())
                .param("createdAt", createdAt)
                .query(Long.class)
                .single();
    }

    Optional<UserRow> findById(long id) {
        return jdbc.sql("select " + UserRow.COLUMNS + " from app_user u where id = :id")
                .param("id", id)
                .query(UserRow::map)
                .optional();
    }

    Optional<UserRow> findByEmail(String email) {
        return jdbc.sql("select " + UserRow.COLUMNS + " from app_user u where email = :email")
                .param("email", email)
                .query(UserRow::map)
                .optional();
    }

    List<UserRow> page(long offset, int limit) {
        return jdbc.sql("select " + UserRow.COLUMNS + " from app_user u order by u.id limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(UserRow::map)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    long countActiveAdmins() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and active = true")
                .query(Long.class)
                .single();
    }

    void updateRole(long id, Role role) {
        jdbc.sql("update app_user set role = :role where id = :id").param("role", role.name()).param("id", id).update();
        recent.forgetUser(id);
    }

    void updateDisplayName(long id, String displayName) {
        jdbc.sql("update app_user set display_name = :displayName, search_name = :searchName where id = :id")
                .param("displayName", displayName).param("searchName", NameSearch.key(displayName)).param("id", id)
                .update();
        recent.forgetUser(id);
    }

    /** A new password: sessions begun before it end (the credentials version moves on). */
    void updatePasswordHash(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash, credentials_version = credentials_version + 1 where id = :id")
                .param("hash", passwordHash).param("id", id).update();
        recent.forgetUser(id);
    }

    /** The same password under a stronger hash (at sign-in), unless the password changed meanwhile. */
    void upgradePasswordHash(long id, String oldHash, String newHash) {
        jdbc.sql("update app_user set password_hash = :newHash where id = :id and password_hash = :oldHash")
                .param("newHash", newHash).param("id", id).param("oldHash", oldHash).update();
    }

    /** A no-op update that takes the row locks of all active admins until the transaction ends. */
    void lockActiveAdmins() {
        jdbc.sql("update app_user set role = role where role = 'ADMIN' and active = true").update();
    }

    void updatePreferences(long id, @org.jspecify.annotations.Nullable String locale,
            @org.jspecify.annotations.Nullable Long homeSiteId) {
        jdbc.sql("update app_user set locale = :locale, home_site_id = :homeSiteId where id = :id")
                .param("locale", locale).param("homeSiteId", homeSiteId).param("id", id).update();
        recent.forgetUser(id);
    }

    List<UserRow> activeAdmins() {
        return jdbc.sql("select " + UserRow.COLUMNS + " from app_user u where u.role = 'ADMIN' and u.active = true order by u.id")
                .query(UserRow::map)
                .list();
    }

    List<UserRow> findByIds(java.util.Collection<Long> ids) {
        return jdbc.sql("select " + UserRow.COLUMNS + " from app_user u where u.id in (:ids)")
                .param("ids", ids)
                .query(UserRow::map)
                .list();
    }

    void deactivate(long id) {
        jdbc.sql("update app_user set active = false, credentials_version = credentials_version + 1 where id = :id")
                .param("id", id).update();
        recent.forgetUser(id);
    }

    /** The directory entry's fields; the search key follows the name. */
    void updateEntry(long id, String displayName, @Nullable String email, @Nullable Long homeSiteId,
            @Nullable String team) {
        jdbc.sql("""
                        update app_user
                        set display_name = :displayName, search_name = :searchName, email = :email,
                            home_site_id = :homeSiteId, team = :team
                        where id = :id
                        """)
                .param("displayName", displayName)
                .param("searchName", NameSearch.key(displayName))
                .param("email", email)
                .param("homeSiteId", homeSiteId)
                .param("team", team)
                .param("id", id)
                .update();
        recent.forgetUser(id);
    }

    void updateHomeAndTeam(long id, @Nullable Long homeSiteId, @Nullable String team) {
        jdbc.sql("update app_user set home_site_id = :homeSiteId, team = :team where id = :id")
                .param("homeSiteId", homeSiteId).param("team", team).param("id", id).update();
        recent.forgetUser(id);
    }

    /**
     * People whose search key contains {@code query.name}'s (a scan of app_user: a directory is
     * thousands of rows, and a leading wildcard can use no B-tree index), by name.
     */
    List<UserRow> search(DirectoryFilter filter, long offset, int limit) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String where = filter.where(params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select " + UserRow.COLUMNS + " from app_user u" + where
                        + " order by u.search_name, u.id limit :limit offset :offset")
                .params(params)
                .query(UserRow::map)
                .list();
    }

    long count(DirectoryFilter filter) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        return jdbc.sql("select count(*) from app_user u" + filter.where(params)).params(params).query(Long.class)
                .single();
    }

    /** The distinct teams of active people (app_user_by_team). */
    List<String> activeTeams() {
        return jdbc.sql("select distinct team from app_user where active = true and team is not null order by team")
                .query(String.class)
                .list();
    }

    Optional<UserRow> findByTelegram(long telegramUserId) {
        return jdbc.sql("select " + UserRow.COLUMNS + " from app_user u where u.telegram_user_id = :telegram")
                .param("telegram", telegramUserId)
                .query(UserRow::map)
                .optional();
    }

    /** Links the account; the unique telegram_user_id refuses one account for two people. */
    void linkTelegram(long id, long telegramUserId, String telegramName) {
        jdbc.sql("update app_user set telegram_user_id = :telegram, telegram_name = :name where id = :id")
                .param("telegram", telegramUserId).param("name", telegramName).param("id", id).update();
        recent.forgetUser(id);
    }

    void unlinkTelegram(long id) {
        jdbc.sql("update app_user set telegram_user_id = null, telegram_name = null where id = :id")
                .param("id", id).update();
        recent.forgetUser(id);
    }

    /** Which of these (lower-cased) emails are taken. */
    java.util.Set<String> takenEmails(java.util.Collection<String> emails) {
        if (emails.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<String> all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += 500) {
            taken.addAll(jdbc.sql("select email from app_user where email in (:emails)")
                    .param("emails", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(String.class)
                    .list());
        }
        return taken;
    }
}
