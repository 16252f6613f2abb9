package dev.allot.notification.internal.feed;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarFeedRepository {

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the person's feed unless they have one: false when another request made it first. */
    boolean insertIfAbsent(long userId, String tokenHash, long createdAt) {
        return jdbc.sql("""
                        insert into calendar_feed (user_id, token_hash, created_at)
                        values (:userId, :tokenHash, :createdAt)
                        on conflict (user_id) do nothing
                        """)
                .param("userId", userId)
                .param("tokenHash", tokenHash)
                .param("createdAt", createdAt)
                .update() == 1;
    }

    /** Gives the person's feed a new token, making the feed if there was none. */
    void replace(long userId, String tokenHash, long createdAt) {
        jdbc.sql("""
                        insert into calendar_feed (user_id, token_hash, created_at)
                        values (:userId, :tokenHash, :createdAt)
                        on conflict (user_id) do update
                            set token_hash = excluded.token_hash,
                                created_at = excluded.created_at
                        """)
                .param("userId", userId)
                .param("tokenHash", tokenHash)
                .param("createdAt", createdAt)
                .update();
    }

    Optional<Long> createdAt(long userId) {
        return jdbc.sql("select created_at from calendar_feed where user_id = :userId")
                .param("userId", userId)
                .query(Long.class)
                .optional();
    }

    /** Whose feed a token opens (unique index on token_hash). */
    Optional<Long> ownerOf(String tokenHash) {
        return jdbc.sql("select user_id from calendar_feed where token_hash = :tokenHash")
                .param("tokenHash", tokenHash)
                .query(Long.class)
                .optional();
    }
}
