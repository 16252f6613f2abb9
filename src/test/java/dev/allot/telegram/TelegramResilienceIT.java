package dev.allot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.telegram.internal.BotRunner;
import dev.allot.testing.Eventually;
import dev.allot.testing.FakeBotApi;
import dev.allot.testing.FakeBotApi.Message;
import dev.allot.testing.FakeBotApi.TgUser;
import dev.allot.web.WebSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the Bot API does to a bot: stale buttons, 429 with retry_after, 403 from a person who blocked
 * it, network failures, and a restart of the bot with updates waiting.
 */
class TelegramResilienceIT extends TelegramTest {

    @Autowired
    BotRunner runner;

    @Autowired
    dev.allot.notification.MessengerChannel messenger;

    @Test
    void aButtonTheBotNoLongerKnowsIsAnsweredAndTheMenuShownAgain() {
        TgUser tg = linked(member());
        Message menu = say(tg, "/menu");

        int update = bot().pressData(tg, menu.messageId(), "gone:verb:1");
        settle(tg, update);

        FakeBotApi.Answer answer = answerTo(update);
        assertThat(answer.text()).isEqualTo("This menu was out of date; here is the current one.");
        assertThat(current(tg, menu).orElseThrow().shown()).as("re-rendered in place").startsWith("Hello, ");
    }

    @Test
    void aButtonWithArgumentsThatDoNotParseIsStaleToo() {
        TgUser tg = linked(member());
        Message menu = say(tg, "/menu");
        int update = bot().pressData(tg, menu.messageId(), "start:pick:not-a-number");
        settle(tg, update);
        assertThat(answerTo(update).text()).isNotBlank();
    }

    @Test
    void a429IsWaitedOutAndTheMessageDeliveredAfterRetryAfter() {
        TgUser tg = linked(member());
        bot().failNext("sendMessage", 429, "Too Many Requests: retry after 1", 1);

        Message menu = say(tg, "/menu");

        assertThat(menu.shown()).startsWith("Hello, ");
        List<FakeBotApi.Call> sends = bot().calls("sendMessage").stream().filter(c -> tg.id() == orZero(c.chatId())).toList();
        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).status()).isEqualTo(429);
        assertThat(sends.get(1).received()).as("not before retry_after")
                .isAfterOrEqualTo(sends.get(0).received().plus(Duration.ofMillis(950)));
    }

    @Test
    void aNetworkFailureIsRetriedWithBackoff() {
        TgUser tg = linked(member());
        bot().failNext("sendMessage", 502, "Bad Gateway", null);

        Message menu = say(tg, "/menu");

        assertThat(menu.shown()).startsWith("Hello, ");
        assertThat(bot().calls("sendMessage").stream().filter(c -> tg.id() == orZero(c.chatId())).map(c -> c.status()))
                .containsExactly(502, 200);
    }

    @Test
    void a403MarksTheChatBlockedAndDropsWhatWaitedForItUntilThePersonWritesAgain() {
        User member = member();
        TgUser tg = linked(member);
        WebSession browser = WebSession.signedIn(port, member.email(), PASSWORD);
        assertThat(browser.get("/me/notification-preferences").body()).contains("Telegram: linked");
        say(tg, "/menu");
        runner.stop();
        int update = bot().type(tg, "/help");
        bot().block(tg); // before the bot could answer
        runner.start();

        Eventually.until("the chat is marked blocked", () -> blockedAt(tg) != null, blocked -> blocked);
        settle(tg, update);
        assertThat(jdbc.sql("select count(*) from telegram_outbox where chat_id = :chat and failure like 'blocked%'")
                .param("chat", tg.id()).query(Long.class).single()).isPositive();
        assertThat(bot().chat(tg)).as("nothing reached the chat").hasSize(1);
        assertThat(blockedAt(tg)).as("still blocked").isNotNull();
        assertThat(messenger.status(new dev.allot.identity.UserId(member.id()))).isEqualTo(
                dev.allot.notification.MessengerChannel.Status.BLOCKED);
        assertThat(browser.get("/me/notification-preferences").body()).contains("you blocked the bot");

        Message again = say(tg, "/menu"); // unblocking the bot in Telegram, then writing
        assertThat(again.shown()).startsWith("Hello, ");
        assertThat(blockedAt(tg)).isNull();
        assertThat(browser.get("/me/notification-preferences").body()).contains("Telegram: linked");
    }

    @Test
    void updatesThatArriveWhileTheBotIsDownAreEachAnsweredOnceAfterItStarts() {
        TgUser first = linked(member());
        TgUser second = linked(member());
        say(first, "/menu");
        int before = bot().chat(first).size();

        runner.stop();
        int a = bot().type(first, "/help");
        int b = bot().type(second, "/help");
        int c = bot().type(first, "/menu");
        assertThat(handled(a) || handled(b) || handled(c)).as("nobody handles them while the bot is down").isFalse();
        runner.start();

        settle(first, c);
        settle(second, b);
        assertThat(handled(a)).isTrue();
        assertThat(bot().chat(first)).hasSize(before + 2);
        assertThat(bot().chat(second)).hasSize(1);

        // A second restart answers nothing again: every update was handled once.
        runner.stop();
        runner.start();
        int d = bot().type(second, "/help");
        settle(second, d);
        assertThat(bot().chat(first)).hasSize(before + 2);
        assertThat(bot().chat(second)).hasSize(2);
    }

    @Test
    void anUpdateKeptButNotHandledBeforeACrashIsHandledWhenTheBotStartsAgain() {
        TgUser tg = linked(member());
        runner.stop();
        long updateId = 2_000_000_000L + (tg.id() % 100_000_000L);
        String body = """
                {"update_id": %d, "message": {"message_id": 1, "date": 1780000000, "text": "/help",
                 "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
                 "from": {"id": %d, "is_bot": false, "first_name": "%s", "language_code": "en"},
                 "chat": {"id": %d, "type": "private", "first_name": "%s"}}}
                """.formatted(updateId, tg.id(), tg.firstName(), tg.id(), tg.firstName());
        jdbc.sql("insert into telegram_update (update_id, chat_id, body, received_at) values (:id, :chat, :body, 0)")
                .param("id", updateId).param("chat", tg.id()).param("body", body).update();

        runner.start();

        settle(tg, Math.toIntExact(updateId));
        assertThat(bot().last(tg).shown()).startsWith("Hello, ");
    }

    private Long blockedAt(TgUser tg) {
        return jdbc.sql("select blocked_at from telegram_chat where chat_id = :chat").param("chat", tg.id())
                .query(Long.class).optional().orElse(null);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
