package dev.allot.identity.internal;

import dev.allot.identity.Role;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TokenRepository {

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long userId, String tokenHash, long createdAt, long expiresAt) {
        jdbc.sql("""
                        insert into api_token (user_id, token_hash, created_at, expires_at)
                        values (:userId, :tokenHash, :createdAt, :expiresAt)
                        """)
                .param("userId", userId)
                .param("tokenHash", tokenHash)
                .param("createdAt", createdAt)
                .param("expiresAt", expiresAt)
                .update();
    }

    /** The active user a live token belongs to (unique index on token_hash). */
    Optional<UserRow> findActiveUser(String tokenHash, long now) {
        return jdbc.sql("""
                        select u.id, u.email, u.display_name, u.password_hash, u.role, u.active, u.created_at
                        from api_token t
                        join app_user u on u.id = t.user_id
                        where t.token_hash = :tokenHash
                          and t.expires_at > :now
                          and u.active = true
                        """)
                .param("tokenHash", tokenHash)
                .param("now", now)
                .query((rs, row) -> new UserRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                        rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
                        rs.getLong("created_at")))
                .optional();
    }

    void deleteForUser(long userId) {
        jdbc.sql("delete from api_token where user_id = :userId").param("userId", userId).update();
    }

    int deleteExpired(long now) {
        return jdbc.sql("delete from api_token where expires_at <= :now").param("now", now).update();
    }
}
