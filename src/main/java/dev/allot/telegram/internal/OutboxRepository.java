package dev.allot.telegram.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the bot is to say, in order per chat (telegram_outbox). */
@Repository
@OnTelegram
class OutboxRepository {

    record Pending(long id, long chatId, String body, byte @Nullable [] photo, long dueAt, int attempts) {}

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long chatId, String body, byte @Nullable [] photo, long now) {
        jdbc.sql("""
                        insert into telegram_outbox (chat_id, body, photo, created_at, due_at)
                        values (:chat, :body, :photo, :now, :now)
                        """)
                .param("chat", chatId)
                .param("body", body)
                .param("photo", photo)
                .param("now", now)
                .update();
    }

    /** The chat's first call not yet made. */
    Optional<Pending> next(long chatId) {
        return jdbc.sql("""
                        select id, chat_id, body, photo, due_at, attempts from telegram_outbox
                        where chat_id = :chat and sent_at is null and failure is null
                        order by id limit 1
                        """)
                .param("chat", chatId)
                .query((rs, row) -> new Pending(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("body"),
                        rs.getBytes("photo"), rs.getLong("due_at"), rs.getInt("attempts")))
                .optional();
    }

    /** Chats with calls due by {@code now}. */
    List<Long> chatsDue(long now, int limit) {
        return jdbc.sql("""
                        select distinct chat_id from telegram_outbox
                        where sent_at is null and failure is null and due_at <= :now
                        limit :limit
                        """)
                .param("now", now)
                .param("limit", limit)
                .query(Long.class).list();
    }

    void sent(long id, long now) {
        jdbc.sql("update telegram_outbox set sent_at = :now, photo = null where id = :id")
                .param("id", id)
                .param("now", now)
                .update();
    }

    void failed(long id, String failure) {
        jdbc.sql("update telegram_outbox set failure = :failure, photo = null where id = :id")
                .param("id", id)
                .param("failure", failure.length() > 500 ? failure.substring(0, 500) : failure)
                .update();
    }

    /** Tries again at {@code dueAt}; {@code counts} whether this was a failed attempt (not a 429's wait). */
    void later(long id, long dueAt, boolean counts) {
        jdbc.sql("update telegram_outbox set due_at = :due, attempts = attempts + :inc where id = :id")
                .param("id", id)
                .param("due", dueAt)
                .param("inc", counts ? 1 : 0)
                .update();
    }

    /** A blocked chat: nothing more is said to it. */
    int dropPending(long chatId, String failure) {
        return jdbc.sql("""
                        update telegram_outbox set failure = :failure, photo = null
                        where chat_id = :chat and sent_at is null and failure is null
                        """)
                .param("chat", chatId)
                .param("failure", failure)
                .update();
    }

    int forget(long before) {
        return jdbc.sql("delete from telegram_outbox where (sent_at is not null or failure is not null) and created_at < :before")
                .param("before", before)
                .update();
    }
}
