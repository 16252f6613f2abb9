package dev.allot.booking.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys of booking requests, per user (primary key user_id, key). */
@Repository
class IdempotencyRepository {

    record StoredKey(String requestHash, @Nullable Long bookingId) {}

    private final JdbcClient jdbc;

    IdempotencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key; false when it is already claimed. On PostgreSQL a concurrent claim of the same
     * key waits here until the first transaction ends, so a double-click is answered by the first.
     */
    boolean claim(long userId, String key, String requestHash, long now) {
        return jdbc.sql("""
                        insert into idempotency_key (user_id, key, request_hash, created_at)
                        values (:userId, :key, :hash, :now)
                        on conflict do nothing
                        """)
                .param("userId", userId)
                .param("key", key)
                .param("hash", requestHash)
                .param("now", now)
                .update() == 1;
    }

    void attach(long userId, String key, long bookingId) {
        jdbc.sql("update idempotency_key set booking_id = :bookingId where user_id = :userId and key = :key")
                .param("bookingId", bookingId)
                .param("userId", userId)
                .param("key", key)
                .update();
    }

    Optional<StoredKey> find(long userId, String key) {
        return jdbc.sql("select request_hash, booking_id from idempotency_key where user_id = :userId and key = :key")
                .param("userId", userId)
                .param("key", key)
                .query((rs, row) -> {
                    long bookingId = rs.getLong("booking_id");
                    return new StoredKey(rs.getString("request_hash"), rs.wasNull() ? null : bookingId);
                })
                .optional();
    }
}
