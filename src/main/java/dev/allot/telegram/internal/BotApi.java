package dev.allot.telegram.internal;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.InputMediaPhoto;
import com.pengrad.telegrambot.model.request.ReplyKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ReplyKeyboardRemove;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.request.DeleteMessage;
import com.pengrad.telegrambot.request.EditMessageMedia;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.pengrad.telegrambot.response.SendResponse;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Bot API, through pengrad's client (ADR 24), with every answer sorted into what the bot does
 * next: done, nothing to change, the message is gone, wait, the person blocked the bot, a mistake of
 * ours, or try again later.
 */
@Component
@OnTelegram
public class BotApi {

    /** What came of one call. */
    public sealed interface Outcome {
        /** It worked; {@code message} is the message sent or edited, where the call returns one. */
        record Done(@Nullable Message message) implements Outcome {}
        /** 400 "message is not modified": what was wanted is already there. */
        record NotModified() implements Outcome {}
        /** 400 for a message that is gone or cannot be edited any more (or an answer too late). */
        record Gone(String description) implements Outcome {}
        /** 429: wait this long before the next call to this chat. */
        record RetryAfter(Duration delay) implements Outcome {}
        /** 403: the person blocked the bot (or the chat is closed to it). */
        record Blocked(String description) implements Outcome {}
        /** Another 4xx: retrying the same call would fail the same way. */
        record Refused(int code, String description) implements Outcome {}
        /** A network failure or a 5xx: try again later. */
        record Unreachable(String description) implements Outcome {}
    }

    private final TelegramBot bot;

    BotApi(TelegramProperties properties) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(properties.pollTimeout().plusSeconds(15))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
        this.bot = new TelegramBot.Builder(java.util.Objects.requireNonNull(properties.botToken()))
                .apiUrl(properties.apiUrl() + "/bot")
                .okHttpClient(http)
                .build();
    }

    /** One long poll: the updates from {@code offset} on, waiting up to {@code timeout} for one. */
    public Polled getUpdates(long offset, Duration timeout) {
        GetUpdates request = new GetUpdates().offset((int) offset).limit(100).timeout((int) timeout.toSeconds())
                .allowedUpdates("message", "callback_query", "my_chat_member");
        GetUpdatesResponse response;
        try {
            response = bot.execute(request);
        } catch (RuntimeException failure) {
            return new Polled(new Outcome.Unreachable(String.valueOf(failure.getMessage())), List.of());
        }
        Outcome outcome = classify(response);
        return new Polled(outcome, outcome instanceof Outcome.Done && response.updates() != null
                ? response.updates() : List.of());
    }

    /** What a poll brought: the updates, when {@code outcome} is Done. */
    public record Polled(Outcome outcome, List<Update> updates) {}

    public Outcome send(long chatId, Outgoing call, byte @Nullable [] photo) {
        return switch (call) {
            case Outgoing.Send send -> {
                SendMessage request = new SendMessage(chatId, Outgoing.clip(send.text(), Outgoing.MAX_TEXT));
                if (send.menu() != null) {
                    request.replyMarkup(send.menu().isEmpty() ? new ReplyKeyboardRemove()
                            : new ReplyKeyboardMarkup(send.menu().stream().map(row -> row.toArray(String[]::new))
                                    .toArray(String[][]::new)).resizeKeyboard(true).isPersistent(true));
                } else if (!send.keyboard().isEmpty()) {
                    request.replyMarkup(markup(send.keyboard()));
                }
                yield execute(request);
            }
            case Outgoing.SendPhoto send -> {
                SendPhoto request = new SendPhoto(chatId, java.util.Objects.requireNonNull(photo))
                        .caption(Outgoing.clip(send.caption(), Outgoing.MAX_CAPTION));
                if (!send.keyboard().isEmpty()) {
                    request.replyMarkup(markup(send.keyboard()));
                }
                yield execute(request);
            }
            case Outgoing.Edit edit -> execute(new EditMessageText(chatId, edit.messageId(),
                    Outgoing.clip(edit.text(), Outgoing.MAX_TEXT)).replyMarkup(markup(edit.keyboard())));
            case Outgoing.EditPhoto edit -> execute(new EditMessageMedia(chatId, edit.messageId(),
                    new InputMediaPhoto(java.util.Objects.requireNonNull(photo))
                            .caption(Outgoing.clip(edit.caption(), Outgoing.MAX_CAPTION)))
                    .replyMarkup(markup(edit.keyboard())));
            case Outgoing.Delete delete -> execute(new DeleteMessage(chatId, delete.messageId()));
            case Outgoing.Answer answer -> {
                AnswerCallbackQuery request = new AnswerCallbackQuery(answer.callbackId()).showAlert(answer.alert());
                if (answer.text() != null) {
                    request.text(Outgoing.clip(answer.text(), 200));
                }
                yield execute(request);
            }
        };
    }

    /** Any other call (set-up: getMe, deleteWebhook, setWebhook, setMyCommands). */
    public Outcome call(BaseRequest<?, ?> request) {
        return execute(request);
    }

    private static InlineKeyboardMarkup markup(Keyboard keyboard) {
        InlineKeyboardMarkup markup = new InlineKeyboardMarkup();
        for (List<Keyboard.Key> row : keyboard.rows()) {
            markup.addRow(row.stream().map(key -> {
                InlineKeyboardButton button = new InlineKeyboardButton(key.text());
                return key.url() != null ? button.url(key.url()) : button.callbackData(key.data());
            }).toArray(InlineKeyboardButton[]::new));
        }
        return markup;
    }

    private Outcome execute(BaseRequest<?, ?> request) {
        BaseResponse response;
        try {
            response = bot.execute(request);
        } catch (RuntimeException failure) {
            return new Outcome.Unreachable(String.valueOf(failure.getMessage()));
        }
        return classify(response);
    }

    private static Outcome classify(@Nullable BaseResponse response) {
        if (response == null) {
            return new Outcome.Unreachable("no answer");
        }
        if (response.isOk()) {
            return new Outcome.Done(response instanceof SendResponse sent ? sent.message() : null);
        }
        int code = response.errorCode();
        String description = String.valueOf(response.description());
        String lower = description.toLowerCase(java.util.Locale.ROOT);
        if (code == 429) {
            Integer retryAfter = response.parameters() == null ? null : response.parameters().retryAfter();
            return new Outcome.RetryAfter(Duration.ofSeconds(retryAfter == null ? 5 : Math.max(1, retryAfter)));
        }
        if (code == 403) {
            return new Outcome.Blocked(description);
        }
        if (code == 400 && lower.contains("message is not modified")) {
            return new Outcome.NotModified();
        }
        if (code == 400 && (lower.contains("not found") || lower.contains("can't be edited")
                || lower.contains("there is no text") || lower.contains("there is no caption")
                || lower.contains("query is too old") || lower.contains("query id is invalid"))) {
            return new Outcome.Gone(description);
        }
        if (code >= 400 && code < 500) {
            return new Outcome.Refused(code, description);
        }
        return new Outcome.Unreachable(code + " " + description);
    }
}
