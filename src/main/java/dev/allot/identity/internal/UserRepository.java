package dev.allot.identity.internal;

import dev.allot.identity.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {


    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String email, String displayName, String passwordHash, Role role, long createdAt) {
        return jdbc.sql("""
                        insert into app_user (email, display_name, password_hash, role, active, created_at)
                        values (:email, :displayName, :passwordHash, :role, true, :createdAt)
                        returning id
                        """)
                .param("email", email)
                .param("displayName", displayName)
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
    }

    void updateDisplayName(long id, String displayName) {
        jdbc.sql("update app_user set display_name = :displayName where id = :id")
                .param("displayName", displayName).param("id", id).update();
    }

    void updatePasswordHash(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id").param("hash", passwordHash).param("id", id)
                .update();
    }

    /** A no-op update that takes the row locks of all active admins until the transaction ends. */
    void lockActiveAdmins() {
        jdbc.sql("update app_user set role = role where role = 'ADMIN' and active = true").update();
    }

    void updatePreferences(long id, @org.jspecify.annotations.Nullable String locale,
            @org.jspecify.annotations.Nullable Long homeSiteId) {
        jdbc.sql("update app_user set locale = :locale, home_site_id = :homeSiteId where id = :id")
                .param("locale", locale).param("homeSiteId", homeSiteId).param("id", id).update();
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
        jdbc.sql("update app_user set active = false where id = :id").param("id", id).update();
    }
}
