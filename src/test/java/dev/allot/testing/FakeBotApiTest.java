package dev.allot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.UpdatesListener;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.ChatMember;
import com.pengrad.telegrambot.model.MessageEntity;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.request.ChatAction;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.InputMediaPhoto;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.model.request.ReplyKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ReplyKeyboardRemove;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.DeleteMessage;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.EditMessageCaption;
import com.pengrad.telegrambot.request.EditMessageMedia;
import com.pengrad.telegrambot.request.EditMessageReplyMarkup;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.GetWebhookInfo;
import com.pengrad.telegrambot.request.SendChatAction;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetMeResponse;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.pengrad.telegrambot.response.SendResponse;
import dev.allot.testing.FakeBotApi.Message;
import dev.allot.testing.FakeBotApi.TgUser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fake Bot API, driven through pengrad's client as the bot drives it. */
class FakeBotApiTest {

    private static final String TOKEN = "123456789:fake-token";

    private FakeBotApi fake;
    private TelegramBot bot;
    private TgUser anna;

    @BeforeEach
    void start() {
        fake = FakeBotApi.start(TOKEN);
        bot = new TelegramBot.Builder(TOKEN).apiUrl(fake.baseUrl() + "/bot").build();
        anna = fake.user("Anna", "Petrova", "ru");
    }

    @AfterEach
    void stop() {
        bot.shutdown();
        fake.close();
    }

    @Test
    void get_me_names_the_test_bot_and_a_wrong_token_is_unauthorized() {
        GetMeResponse me = bot.execute(new GetMe());
        assertThat(me.isOk()).isTrue();
        assertThat(me.user().id()).isEqualTo(123456789L);
        assertThat(me.user().isBot()).isTrue();
        assertThat(me.user().username()).isEqualTo("allot_test_bot");

        TelegramBot stranger = new TelegramBot.Builder("1:wrong").apiUrl(fake.baseUrl() + "/bot").build();
        GetMeResponse refused = stranger.execute(new GetMe());
        stranger.shutdown();
        assertThat(refused.isOk()).isFalse();
        assertThat(refused.errorCode()).isEqualTo(401);
        assertThat(refused.description()).isEqualTo("Unauthorized");
    }

    @Test
    void a_typed_command_arrives_as_a_message_update_with_a_bot_command_entity() {
        int updateId = fake.type(anna, "/start join");

        List<Update> updates = bot.execute(new GetUpdates()).updates();

        assertThat(updates).hasSize(1);
        Update update = updates.getFirst();
        assertThat(update.updateId()).isEqualTo(updateId);
        assertThat(update.message().text()).isEqualTo("/start join");
        assertThat(update.message().from().id()).isEqualTo(anna.id()).isGreaterThan(Integer.MAX_VALUE);
        assertThat(update.message().from().languageCode()).isEqualTo("ru");
        assertThat(update.message().chat().id()).isEqualTo(anna.id());
        assertThat(update.message().entities()).singleElement().satisfies(entity -> {
            assertThat(entity.type()).isEqualTo(MessageEntity.Type.bot_command);
            assertThat(entity.offset()).isZero();
            assertThat(entity.length()).isEqualTo(6);
        });
    }

    @Test
    void an_offset_confirms_the_updates_before_it() {
        int first = fake.type(anna, "one");
        int second = fake.type(anna, "two");
        assertThat(second).isEqualTo(first + 1);

        assertThat(bot.execute(new GetUpdates()).updates()).hasSize(2);
        assertThat(fake.pendingUpdates()).isEqualTo(2);
        List<Update> rest = bot.execute(new GetUpdates().offset(second)).updates();

        assertThat(rest).extracting(Update::updateId).containsExactly(second);
        assertThat(fake.pendingUpdates()).isEqualTo(1);
        assertThat(bot.execute(new GetUpdates().offset(second + 1)).updates()).isEmpty();
        assertThat(fake.pendingUpdates()).isZero();
    }

    @Test
    void a_long_poll_returns_the_update_as_soon_as_the_user_types() throws Exception {
        CompletableFuture<GetUpdatesResponse> poll =
                CompletableFuture.supplyAsync(() -> bot.execute(new GetUpdates().timeout(50)));
        Eventually.until("the long poll waits", fake::waitingPolls, n -> n == 1);

        int updateId = fake.type(anna, "hello");

        GetUpdatesResponse response = poll.get(Eventually.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(response.isOk()).isTrue();
        assertThat(response.updates()).extracting(Update::updateId).containsExactly(updateId);
    }

    @Test
    void pengrads_updates_listener_receives_and_confirms_what_the_user_types() {
        List<Update> received = new CopyOnWriteArrayList<>();
        bot.setUpdatesListener(updates -> {
            received.addAll(updates);
            return UpdatesListener.CONFIRMED_UPDATES_ALL;
        }, new GetUpdates().timeout(1));

        int updateId = fake.type(anna, "/book");

        Eventually.until("the listener gets the update", received::size, n -> n == 1);
        assertThat(received.getFirst().updateId()).isEqualTo(updateId);
        Eventually.until("the listener confirms it", fake::pendingUpdates, n -> n == 0);
        bot.removeGetUpdatesListener();
    }

    @Test
    void a_second_get_updates_terminates_the_first_with_409() throws Exception {
        CompletableFuture<GetUpdatesResponse> first =
                CompletableFuture.supplyAsync(() -> bot.execute(new GetUpdates().timeout(50)));
        Eventually.until("the first poll waits", fake::waitingPolls, n -> n == 1);

        GetUpdatesResponse second = bot.execute(new GetUpdates().timeout(0));

        GetUpdatesResponse terminated = first.get(Eventually.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(terminated.isOk()).isFalse();
        assertThat(terminated.errorCode()).isEqualTo(409);
        assertThat(terminated.description()).startsWith("Conflict: terminated by other getUpdates request");
        assertThat(second.isOk()).isTrue();
    }

    @Test
    void get_updates_is_a_conflict_while_a_webhook_is_set() {
        fake.type(anna, "hi");
        assertThat(bot.execute(new SetWebhook().url("https://allot.example/telegram").secretToken("s3cret"))
                .isOk()).isTrue();

        GetUpdatesResponse refused = bot.execute(new GetUpdates());
        assertThat(refused.errorCode()).isEqualTo(409);
        assertThat(refused.description()).startsWith("Conflict: can't use getUpdates method while webhook is active");
        assertThat(bot.execute(new GetWebhookInfo()).webhookInfo().pendingUpdateCount()).isEqualTo(1);

        assertThat(bot.execute(new DeleteWebhook()).isOk()).isTrue();
        assertThat(bot.execute(new GetUpdates()).updates()).hasSize(1);
    }

    @Test
    void an_inline_keyboard_is_echoed_pressed_and_answered_once() {
        SendResponse sent = bot.execute(new SendMessage(anna.id(), "Room A at 10:00?").replyMarkup(
                new InlineKeyboardMarkup(new InlineKeyboardButton("Book it").callbackData("book:17"),
                        new InlineKeyboardButton("Cancel").callbackData("cancel"))));
        assertThat(sent.isOk()).isTrue();
        assertThat(sent.message().replyMarkup().inlineKeyboard()[0][0].callbackData()).isEqualTo("book:17");
        Message shown = fake.last(anna);
        assertThat(shown.shown()).isEqualTo("Room A at 10:00?");
        assertThat(shown.buttons()).extracting(FakeBotApi.Button::text).containsExactly("Book it", "Cancel");

        int updateId = fake.press(anna, shown, "Book");
        Update update = bot.execute(new GetUpdates()).updates().getFirst();
        assertThat(update.updateId()).isEqualTo(updateId);
        assertThat(update.callbackQuery().data()).isEqualTo("book:17");
        assertThat(update.callbackQuery().from().id()).isEqualTo(anna.id());
        assertThat(update.callbackQuery().maybeInaccessibleMessage().messageId())
                .isEqualTo(sent.message().messageId());

        String queryId = update.callbackQuery().id();
        assertThat(bot.execute(new AnswerCallbackQuery(queryId).text("Booked")).isOk()).isTrue();
        BaseResponse again = bot.execute(new AnswerCallbackQuery(queryId));
        assertThat(again.errorCode()).isEqualTo(400);
        assertThat(again.description()).isEqualTo(
                "Bad Request: query is too old and response timeout expired or query ID is invalid");
        assertThat(fake.answerFor(updateId)).hasValueSatisfying(answer -> {
            assertThat(answer.text()).isEqualTo("Booked");
            assertThat(answer.showAlert()).isFalse();
        });
        assertThat(fake.callbackAnswers(anna)).hasSize(1);
    }

    @Test
    void pressing_a_button_that_is_not_there_fails_naming_the_buttons() {
        bot.execute(new SendMessage(anna.id(), "Pick").replyMarkup(
                new InlineKeyboardMarkup(new InlineKeyboardButton("Monday").callbackData("d:1"))));

        assertThatThrownBy(() -> fake.press(anna, fake.last(anna), "Friday"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[Monday]");
    }

    @Test
    void a_photo_keeps_its_bytes_and_size_and_can_be_sent_again_by_file_id_and_replaced() throws IOException {
        byte[] png = png(3, 2);
        SendResponse sent = bot.execute(new SendPhoto(anna.id(), png).caption("Floor 2"));

        assertThat(sent.isOk()).as(sent.description()).isTrue();
        assertThat(sent.message().photo()[0].width()).isEqualTo(3);
        assertThat(sent.message().photo()[0].height()).isEqualTo(2);
        assertThat(sent.message().caption()).isEqualTo("Floor 2");
        Message shown = fake.last(anna);
        assertThat(shown.photo()).isTrue();
        assertThat(shown.photoBytes()).isEqualTo(png);

        String fileId = sent.message().photo()[0].fileId();
        assertThat(bot.execute(new SendPhoto(anna.id(), fileId)).message().photo()[0].fileId()).isEqualTo(fileId);

        int messageId = sent.message().messageId();
        assertThat(bot.execute(new EditMessageText(anna.id(), messageId, "text?")).description())
                .isEqualTo("Bad Request: there is no text in the message to edit");
        assertThat(bot.execute(new EditMessageCaption(anna.id(), messageId).caption("Floor 3")).isOk()).isTrue();
        byte[] bigger = png(40, 20);
        BaseResponse replaced = bot.execute(new EditMessageMedia(anna.id(), messageId,
                new InputMediaPhoto(bigger).caption("Floor 4")));
        assertThat(replaced.isOk()).as(replaced.description()).isTrue();
        Message now = fake.chat(anna).getFirst();
        assertThat(now.photoBytes()).isEqualTo(bigger);
        assertThat(now.caption()).isEqualTo("Floor 4");
        assertThat(now.edits()).isEqualTo(2);
    }

    @Test
    void editing_follows_telegram_not_modified_not_found_and_keyboard_rules() {
        InlineKeyboardMarkup keyboard = new InlineKeyboardMarkup(new InlineKeyboardButton("Undo").callbackData("u"));
        int id = bot.execute(new SendMessage(anna.id(), "Booked").replyMarkup(keyboard)).message().messageId();

        BaseResponse same = bot.execute(new EditMessageText(anna.id(), id, "Booked").replyMarkup(keyboard));
        assertThat(same.errorCode()).isEqualTo(400);
        assertThat(same.description()).startsWith("Bad Request: message is not modified");

        assertThat(bot.execute(new EditMessageText(anna.id(), id, "Cancelled")).isOk()).isTrue();
        assertThat(fake.last(anna).buttons()).as("an edit without reply_markup drops the keyboard").isEmpty();
        assertThat(bot.execute(new EditMessageReplyMarkup(anna.id(), id)).description())
                .startsWith("Bad Request: message is not modified");
        assertThat(bot.execute(new EditMessageCaption(anna.id(), id).caption("c")).description())
                .isEqualTo("Bad Request: there is no caption in the message to edit");

        assertThat(bot.execute(new DeleteMessage(anna.id(), id)).isOk()).isTrue();
        assertThat(fake.chat(anna)).isEmpty();
        assertThat(bot.execute(new DeleteMessage(anna.id(), id)).description())
                .isEqualTo("Bad Request: message to delete not found");
        assertThat(bot.execute(new EditMessageText(anna.id(), id, "again")).description())
                .isEqualTo("Bad Request: message to edit not found");
    }

    @Test
    void a_queued_failure_answers_429_with_retry_after_then_the_next_call_succeeds() {
        fake.failNext("sendMessage", 429, "Too Many Requests: retry after 7", 7);

        SendResponse limited = bot.execute(new SendMessage(anna.id(), "hi"));
        assertThat(limited.isOk()).isFalse();
        assertThat(limited.errorCode()).isEqualTo(429);
        assertThat(limited.parameters().retryAfter()).isEqualTo(7);
        assertThat(bot.execute(new SendMessage(anna.id(), "hi")).isOk()).isTrue();
        assertThat(fake.calls("sendMessage")).extracting(FakeBotApi.Call::status).containsExactly(429, 200);
    }

    @Test
    void a_user_who_blocked_the_bot_gets_nothing_and_the_bot_hears_of_it() throws IOException {
        int id = bot.execute(new SendMessage(anna.id(), "Hello")).message().messageId();
        fake.block(anna);

        BaseResponse refused = bot.execute(new SendMessage(anna.id(), "Are you there?"));
        assertThat(refused.errorCode()).isEqualTo(403);
        assertThat(refused.description()).isEqualTo("Forbidden: bot was blocked by the user");
        assertThat(bot.execute(new EditMessageText(anna.id(), id, "Edited")).errorCode()).isEqualTo(403);
        assertThat(bot.execute(new SendPhoto(anna.id(), png(1, 1))).errorCode()).isEqualTo(403);
        Update update = bot.execute(new GetUpdates()).updates().getFirst();
        assertThat(update.myChatMember().newChatMember().status()).isEqualTo(ChatMember.Status.kicked);
    }

    @Test
    void typing_again_after_blocking_restarts_the_bot() {
        fake.block(anna);
        fake.type(anna, "/start");

        List<Update> updates = bot.execute(new GetUpdates()).updates();
        assertThat(updates).hasSize(3);
        assertThat(updates.get(1).myChatMember().newChatMember().status()).isEqualTo(ChatMember.Status.member);
        assertThat(updates.get(2).message().text()).isEqualTo("/start");
        assertThat(bot.execute(new SendMessage(anna.id(), "Welcome back")).isOk()).isTrue();
    }

    @Test
    void html_is_parsed_to_plain_text_and_entities_and_a_stray_bracket_is_rejected() {
        SendResponse sent = bot.execute(new SendMessage(anna.id(), "<b>Room A</b> &lt;2 seats&gt;")
                .parseMode(ParseMode.HTML));
        assertThat(sent.message().text()).isEqualTo("Room A <2 seats>");
        assertThat(sent.message().entities()[0].type()).isEqualTo(MessageEntity.Type.bold);
        assertThat(sent.message().entities()[0].length()).isEqualTo(6);

        BaseResponse broken = bot.execute(new SendMessage(anna.id(), "2 < 3").parseMode(ParseMode.HTML));
        assertThat(broken.description()).isEqualTo(
                "Bad Request: can't parse entities: Unsupported start tag \"\" at byte offset 2");
        BaseResponse unescaped = bot.execute(new SendMessage(anna.id(), "*Booked* for 10.00")
                .parseMode(ParseMode.MarkdownV2));
        assertThat(unescaped.description()).startsWith("Bad Request: can't parse entities: Character '.' is reserved");
        assertThat(bot.execute(new SendMessage(anna.id(), "*Booked* for 10\\.00").parseMode(ParseMode.MarkdownV2))
                .message().text()).isEqualTo("Booked for 10.00");
    }

    @Test
    void a_reply_keyboard_stays_until_removed() {
        bot.execute(new SendMessage(anna.id(), "Menu").replyMarkup(
                new ReplyKeyboardMarkup(new String[] {"Book", "My bookings"}, new String[] {"Help"})));
        assertThat(fake.last(anna).replyKeyboard()).containsExactly(List.of("Book", "My bookings"), List.of("Help"));
        assertThat(fake.replyKeyboard(anna)).hasSize(2);

        bot.execute(new SendMessage(anna.id(), "Bye").replyMarkup(new ReplyKeyboardRemove()));
        assertThat(fake.replyKeyboard(anna)).isEmpty();
    }

    @Test
    void missing_or_unknown_chats_and_empty_texts_are_bad_requests() {
        assertThat(bot.execute(new SendMessage(42L, "hi")).description()).isEqualTo("Bad Request: chat not found");
        assertThat(bot.execute(new SendMessage(anna.id(), "")).description())
                .isEqualTo("Bad Request: message text is empty");
        assertThat(bot.execute(new SendChatAction(anna.id(), ChatAction.typing))
                .isOk()).isTrue();
        assertThat(bot.execute(new SetMyCommands(new BotCommand("book", "Book a room"))).isOk()).isTrue();
    }

    @Test
    void json_bodies_query_strings_and_unknown_methods_are_answered_like_telegram() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        String api = fake.baseUrl() + "/bot" + TOKEN + "/";

        HttpResponse<String> byJson = http.send(HttpRequest.newBuilder(URI.create(api + "sendMessage"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"chat_id\":" + anna.id() + ",\"text\":\"json\","
                        + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Go\",\"url\":\"https://allot.example\"}]]}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byJson.statusCode()).isEqualTo(200);
        assertThat(fake.last(anna).buttons().getFirst().url()).isEqualTo("https://allot.example");

        HttpResponse<String> byQuery = http.send(HttpRequest.newBuilder(URI.create(api + "sendMessage?chat_id="
                + anna.id() + "&text=query%20string")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byQuery.statusCode()).isEqualTo(200);
        assertThat(fake.last(anna).text()).isEqualTo("query string");

        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(api + "sendDice")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        JsonNode body = json.readTree(unknown.body());
        assertThat(body.get("ok").asBoolean()).isFalse();
        assertThat(body.get("description").asString()).isEqualTo("Not Found");
        assertThat(fake.calls()).extracting(FakeBotApi.Call::method).containsExactly("sendMessage", "sendMessage",
                "sendDice");
        assertThat(fake.calls().getFirst().chatId()).isEqualTo(anna.id());
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
