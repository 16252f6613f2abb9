package dev.allot.telegram.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Private chats with the bot (telegram_chat) and the buttons that acted (telegram_tap). */
@Repository
@OnTelegram
class ChatRepository {

    record ChatRow(long chatId, @Nullable String language, @Nullable String state, @Nullable Long blockedAt) {}

    private final JdbcClient jdbc;

    ChatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChatRow> find(long chatId) {
        return jdbc.sql("select chat_id, language, state, blocked_at from telegram_chat where chat_id = :chat")
                .param("chat", chatId)
                .query((rs, row) -> {
                    long blocked = rs.getLong("blocked_at");
                    Long blockedAt = rs.wasNull() ? null : blocked; // before the next column is read
                    return new ChatRow(rs.getLong("chat_id"), rs.getString("language"), rs.getString("state"), blockedAt);
                })
                .optional();
    }

    /** The person wrote: the chat exists, with the language Telegram reports, and is no longer blocked. */
    void seen(long chatId, @Nullable String language, long now) {
        jdbc.sql("""
                        insert into telegram_chat (chat_id, language, updated_at) values (:chat, :language, :now)
                        on conflict (chat_id) do update set language = excluded.language, blocked_at = null,
                            updated_at = excluded.updated_at
                        """)
                .param("chat", chatId)
                .param("language", language)
                .param("now", now)
                .update();
    }

    /** What the bot waits for the person to type next ("flow:step:args"), or null for nothing. */
    void state(long chatId, @Nullable String state, long now) {
        jdbc.sql("update telegram_chat set state = :state, updated_at = :now where chat_id = :chat")
                .param("chat", chatId)
                .param("state", state)
                .param("now", now)
                .update();
    }

    /** The person blocked the bot (a 403): their Telegram channel is inactive until they write again. */
    void blocked(long chatId, long now) {
        jdbc.sql("""
                        insert into telegram_chat (chat_id, blocked_at, updated_at) values (:chat, :now, :now)
                        on conflict (chat_id) do update set blocked_at = excluded.blocked_at, updated_at = excluded.updated_at
                        """)
                .param("chat", chatId)
                .param("now", now)
                .update();
    }

    boolean isBlocked(long chatId) {
        return find(chatId).map(chat -> chat.blockedAt() != null).orElse(false);
    }

    /** Whether this button of this message has acted already. */
    boolean tapped(long chatId, long messageId, String data) {
        return jdbc.sql("select count(*) from telegram_tap where chat_id = :chat and message_id = :message and data = :data")
                .param("chat", chatId)
                .param("message", messageId)
                .param("data", data)
                .query(Long.class).single() > 0;
    }

    /** Records that it acted; false when it had (the unique key keeps a tap's identity). */
    boolean tap(long chatId, long messageId, String data, long now) {
        return jdbc.sql("""
                        insert into telegram_tap (chat_id, message_id, data, tapped_at)
                        values (:chat, :message, :data, :now)
                        on conflict do nothing
                        """)
                .param("chat", chatId)
                .param("message", messageId)
                .param("data", data)
                .param("now", now)
                .update() == 1;
    }
}
