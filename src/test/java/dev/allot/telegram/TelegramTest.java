package dev.allot.telegram;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.TelegramAccount;
import dev.allot.identity.UserId;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import dev.allot.testing.FakeBotApi;
import dev.allot.testing.FakeBotApi.Message;
import dev.allot.testing.FakeBotApi.TgUser;
import dev.allot.testing.TestTelegram;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End-to-end tests of the bot: people type and press buttons in the fake Bot API's chats, the bot in
 * the shared application answers there. {@link #say} and {@link #press} wait until the bot has handled
 * the update and sent everything it queued, so a test reads the chat as the person would see it.
 */
public abstract class TelegramTest extends AllotIntegrationTest {

    @Autowired
    protected Identity identity;

    @Autowired
    protected JdbcClient jdbc;

    private int lastUpdate;

    /** What each chat said and was answered, as a person would read it (see {@link #transcript}). */
    private final java.util.Map<Long, StringBuilder> transcripts = new java.util.concurrent.ConcurrentHashMap<>();

    protected static FakeBotApi bot() {
        return TestTelegram.api();
    }

    /** A Telegram user (English) who has not written to the bot yet. */
    protected TgUser tgUser(String firstName) {
        return bot().user(firstName, null, "en");
    }

    protected TgUser tgUserRu(String firstName) {
        return bot().user(firstName, null, "ru");
    }

    /** A Telegram user already linked to {@code person}, as if they had picked their name with /start. */
    protected TgUser linked(User person) {
        return linked(person, tgUser("Tg" + person.id()));
    }

    protected TgUser linked(User person, TgUser tg) {
        CurrentUser self = identity.currentUser(new UserId(person.id())).orElseThrow();
        identity.linkTelegram(self.id(), new TelegramAccount(tg.id(), tg.firstName()), self);
        return tg;
    }

    /** Types {@code text} and waits for the bot's answer; the newest bot message in the chat. */
    protected Message say(TgUser tg, String text) {
        int calls = bot().calls().size();
        lastUpdate = bot().type(tg, text);
        settle(tg, lastUpdate);
        record(tg, "> " + text, calls);
        return bot().last(tg);
    }

    /**
     * Presses a button of {@code message} and waits for the bot's answer: the message as the bot left it
     * (edited in place), or the newest one where the bot replaced it (between text and a picture).
     */
    protected Message press(TgUser tg, Message message, String button) {
        int calls = bot().calls().size();
        lastUpdate = bot().press(tg, message, button);
        settle(tg, lastUpdate);
        record(tg, "> [" + button + "]", calls);
        return current(tg, message).orElseGet(() -> bot().last(tg));
    }

    /** The conversation so far through {@link #say} and {@link #press}: the person's lines, then the bot's calls. */
    protected String transcript(TgUser tg) {
        return transcripts.getOrDefault(tg.id(), new StringBuilder()).toString();
    }

    private void record(TgUser tg, String line, int callsBefore) {
        StringBuilder transcript = transcripts.computeIfAbsent(tg.id(), id -> new StringBuilder());
        transcript.append(line).append('\n');
        java.util.List<FakeBotApi.Call> calls = bot().calls();
        for (FakeBotApi.Call call : calls.subList(Math.min(callsBefore, calls.size()), calls.size())) {
            if (call.chatId() != null && call.chatId() != tg.id() || call.method().equals("getUpdates")) {
                continue;
            }
            String text = call.param("text") != null ? call.param("text") : call.param("caption");
            String keyboard = call.param("reply_markup");
            if (call.method().equals("answerCallbackQuery")) {
                if (call.param("text") != null) {
                    transcript.append("  bot (").append(Boolean.parseBoolean(call.param("show_alert")) ? "alert" : "note")
                            .append("): ").append(call.param("text")).append('\n');
                }
                continue;
            }
            if (call.chatId() == null) {
                continue;
            }
            transcript.append("  bot ").append(call.method()).append(": ")
                    .append(text == null ? "" : text.replace("\n", "\n      ")).append('\n');
            if (keyboard != null && keyboard.contains("inline_keyboard")) {
                transcript.append("      buttons: ").append(keyboard.replaceAll("\"callback_data\":\"[^\"]*\",?", "")
                        .replaceAll("[{}\\[\\]\"]|text:|inline_keyboard:", "").replace(",", " | ")).append('\n');
            } else if (keyboard != null && keyboard.contains("\"keyboard\"")) {
                transcript.append("      menu: ").append(keyboard.replaceAll(".*\"keyboard\":(\\[\\[.*?\\]\\]).*", "$1")
                        .replaceAll("[\\[\\]\"]", "").replace(",", " | ")).append('\n');
            }
        }
    }

    /** The message as it is now (after the bot's edits), if it is still in the chat. */
    protected Optional<Message> current(TgUser tg, Message message) {
        return bot().chat(tg).stream().filter(m -> m.messageId() == message.messageId()).findFirst();
    }

    /** Presses a button by its data (as a stale or forged button would be), waits, and returns the message as it is now. */
    protected Message pressData(TgUser tg, Message message, String data) {
        settle(tg, bot().pressData(tg, message.messageId(), data));
        return current(tg, message).orElseGet(() -> bot().last(tg));
    }

    /** A resource's name, as the bot shows it. */
    protected String nameOf(long resource) {
        return as(admin()).get("/api/v1/resources/" + resource).json().get("name").asString();
    }

    /** Tomorrow in the zone (the application's clock). */
    protected static java.time.LocalDate tomorrow(String zone) {
        return java.time.LocalDate.now(clock().withZone(java.time.ZoneId.of(zone))).plusDays(1);
    }

    /** The update id of the last {@link #say} or {@link #press}. */
    protected int lastUpdate() {
        return lastUpdate;
    }

    /** The answer to the button press of {@code updateId}. */
    protected FakeBotApi.Answer answerTo(int updateId) {
        return Eventually.until("the answer to update " + updateId, () -> bot().answerFor(updateId), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits until the bot has handled the update and sent (or given up) everything queued for the chat. */
    protected void settle(TgUser tg, int updateId) {
        Eventually.until("update " + updateId + " handled and answered", () -> handled(updateId) && nothingWaiting(tg.id()),
                Boolean::booleanValue);
    }

    protected boolean handled(int updateId) {
        return jdbc.sql("select count(*) from telegram_update where update_id = :id and handled_at is not null")
                .param("id", updateId).query(Long.class).single() == 1;
    }

    protected boolean nothingWaiting(long chatId) {
        return jdbc.sql("select count(*) from telegram_outbox where chat_id = :chat and sent_at is null and failure is null")
                .param("chat", chatId).query(Long.class).single() == 0;
    }
}
