package dev.allot.identity.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TokenRepository {

    private final JdbcClient jdbc;
    private final RecentTokens recent;

    TokenRepository(JdbcClient jdbc, RecentTokens recent) {
        this.jdbc = jdbc;
        this.recent = recent;
    }

    /** The active user of a live token, and when the token expires. */
    record TokenUser(UserRow user, long expiresAt) {}

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
    Optional<TokenUser> findActiveUser(String tokenHash, long now) {
        return jdbc.sql("select t.expires_at as token_expires_at, " + UserRow.COLUMNS + """

                        from api_token t
                        join app_user u on u.id = t.user_id
                        where t.token_hash = :tokenHash
                          and t.expires_at > :now
                          and u.active = true
                        """)
                .param("tokenHash", tokenHash)
                .param("now", now)
                .query((rs, row) -> new TokenUser(UserRow.map(rs, row), rs.getLong("token_expires_at")))
                .optional();
    }

    void deleteForUser(long userId) {
        jdbc.sql("delete from api_token where user_id = :userId").param("userId", userId).update();
        recent.forgetUser(userId);
    }

    void delete(String tokenHash) {
        jdbc.sql("delete from api_token where token_hash = :tokenHash").param("tokenHash", tokenHash).update();
        recent.forgetToken(tokenHash);
    }

    void deleteOthers(long userId, String keepTokenHash) {
        jdbc.sql("delete from api_token where user_id = :userId and token_hash <> :keep")
                .param("userId", userId).param("keep", keepTokenHash).update();
        recent.forgetUser(userId);
    }

    /** Expired tokens of one person, cleared whenever they sign in (api_token_by_user). */
    void deleteExpired(long userId, long now) {
        jdbc.sql("delete from api_token where user_id = :userId and expires_at <= :now")
                .param("userId", userId).param("now", now).update();
    }
}
