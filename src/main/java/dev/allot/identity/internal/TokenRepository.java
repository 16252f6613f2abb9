package dev.allot.identity.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    /** The person's other sign-in tokens (an integration's named token stays). */
    void deleteOthers(long userId, String keepTokenHash) {
        jdbc.sql("delete from api_token where user_id = :userId and token_hash <> :keep and name is null")
                .param("userId", userId).param("keep", keepTokenHash).update();
        recent.forgetUser(userId);
    }

    /** Expired tokens of one person, cleared whenever they sign in (api_token_by_user). */
    void deleteExpired(long userId, long now) {
        jdbc.sql("delete from api_token where user_id = :userId and expires_at <= :now")
                .param("userId", userId).param("now", now).update();
    }

    /** An integration's token: its name, whom it acts as, who issued it. */
    record NamedToken(long id, String name, long userId, String userName, @Nullable Long createdBy, long createdAt,
            long expiresAt, String tokenHash) {}

    long insertNamed(long userId, String tokenHash, String name, long createdBy, long createdAt, long expiresAt) {
        return jdbc.sql("""
                        insert into api_token (user_id, token_hash, name, created_by, created_at, expires_at)
                        values (:userId, :tokenHash, :name, :createdBy, :createdAt, :expiresAt)
                        returning id""")
                .param("userId", userId).param("tokenHash", tokenHash).param("name", name)
                .param("createdBy", createdBy).param("createdAt", createdAt).param("expiresAt", expiresAt)
                .query(Long.class).single();
    }

    private static final String NAMED = """
            select t.id, t.name, t.user_id, u.display_name, t.created_by, t.created_at, t.expires_at, t.token_hash
              from api_token t join app_user u on u.id = t.user_id
             where t.name is not null""";

    List<NamedToken> named(long now) {
        return jdbc.sql(NAMED + " and t.expires_at > :now order by t.created_at desc, t.id desc")
                .param("now", now).query(TokenRepository::named).list();
    }

    Optional<NamedToken> findNamed(long id) {
        return jdbc.sql(NAMED + " and t.id = :id").param("id", id).query(TokenRepository::named).optional();
    }

    private static NamedToken named(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long createdBy = rs.getLong("created_by");
        return new NamedToken(rs.getLong("id"), rs.getString("name"), rs.getLong("user_id"),
                rs.getString("display_name"), rs.wasNull() ? null : createdBy, rs.getLong("created_at"),
                rs.getLong("expires_at"), rs.getString("token_hash"));
    }
}
