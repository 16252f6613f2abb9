package dev.allot.identity.internal;

import dev.allot.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String COLUMNS = "id, email, display_name, password_hash, role, active, created_at";

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
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
                .param("id", id)
                .query(UserRepository::map)
                .optional();
    }

    Optional<UserRow> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_user where email = :email")
                .param("email", email)
                .query(UserRepository::map)
                .optional();
    }

    List<UserRow> page(long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from app_user order by id limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(UserRepository::map)
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

    void deactivate(long id) {
        jdbc.sql("update app_user set active = false where id = :id").param("id", id).update();
    }

    private static UserRow map(ResultSet rs, int row) throws SQLException {
        return new UserRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
                rs.getLong("created_at"));
    }
}
