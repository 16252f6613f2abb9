package dev.allot.telegram.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Updates as they arrived (telegram_update), and the polling lease (telegram_lease). */
@Repository
@OnTelegram
class UpdateRepository {

    record Stored(long updateId, String body) {}

    private final JdbcClient jdbc;

    UpdateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps an update; false when it is kept already (a webhook's retry, a poll after a crash). */
    boolean store(long updateId, @Nullable Long chatId, String body, long now) {
        return jdbc.sql("""
                        insert into telegram_update (update_id, chat_id, body, received_at)
                        values (:id, :chat, :body, :now)
                        on conflict do nothing
                        """)
                .param("id", updateId)
                .param("chat", chatId)
                .param("body", body)
                .param("now", now)
                .update() == 1;
    }

    /** Marks it handled; false when it was already (so its answers are not sent twice). */
    boolean markHandled(long updateId, long now) {
        return jdbc.sql("update telegram_update set handled_at = :now where update_id = :id and handled_at is null")
                .param("id", updateId)
                .param("now", now)
                .update() == 1;
    }

    List<Stored> unhandled(int limit) {
        return jdbc.sql("select update_id, body from telegram_update where handled_at is null order by update_id limit :limit")
                .param("limit", limit)
                .query((rs, row) -> new Stored(rs.getLong("update_id"), rs.getString("body")))
                .list();
    }

    Optional<Stored> find(long updateId) {
        return jdbc.sql("select update_id, body from telegram_update where update_id = :id and handled_at is null")
                .param("id", updateId)
                .query((rs, row) -> new Stored(rs.getLong("update_id"), rs.getString("body")))
                .optional();
    }

    /** Forgets handled updates received before {@code before}. */
    int forget(long before) {
        return jdbc.sql("delete from telegram_update where handled_at is not null and received_at < :before")
                .param("before", before)
                .update();
    }

    /**
     * Takes or renews the polling lease for {@code holder} until {@code expiresAt}; the offset to poll
     * from when it is ours, empty when another node holds it.
     */
    Optional<Long> lease(String holder, long now, long expiresAt) {
        int taken = jdbc.sql("""
                        update telegram_lease set holder = :holder, expires_at = :expires
                        where name = 'poll' and (holder = :holder or holder is null or expires_at < :now)
                        """)
                .param("holder", holder)
                .param("expires", expiresAt)
                .param("now", now)
                .update();
        if (taken == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select next_offset from telegram_lease where name = 'poll'")
                .query(Long.class).single());
    }

    /** Moves the offset on, if the lease is still ours; false when it was lost meanwhile. */
    boolean advance(String holder, long nextOffset) {
        return jdbc.sql("update telegram_lease set next_offset = :offset where name = 'poll' and holder = :holder")
                .param("holder", holder)
                .param("offset", nextOffset)
                .update() == 1;
    }

    void release(String holder) {
        jdbc.sql("update telegram_lease set holder = null, expires_at = 0 where name = 'poll' and holder = :holder")
                .param("holder", holder)
                .update();
    }
}
