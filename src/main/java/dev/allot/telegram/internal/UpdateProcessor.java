package dev.allot.telegram.internal;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.ChatMemberUpdated;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.utility.BotUtils;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Role;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles one stored update: who wrote, in which language, what they typed or pressed, and then, in
 * one transaction, marks the update handled and queues the answers, so that a restart neither loses
 * an update nor answers one twice. What a flow does through the facades is committed by them; a
 * repeat after a crash between the two is answered "already done" by the flows' own checks.
 */
@Component
@OnTelegram
class UpdateProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final UpdateRepository updates;
    private final ChatRepository chats;
    private final Outbox outbox;
    private final Router router;
    private final Identity identity;
    private final Texts texts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Set<Long> botAdmins;

    UpdateProcessor(UpdateRepository updates, ChatRepository chats, Outbox outbox, Router router, Identity identity,
            Texts texts, TransactionTemplate transaction, Clock clock, TelegramProperties properties) {
        this.updates = updates;
        this.chats = chats;
        this.outbox = outbox;
        this.router = router;
        this.identity = identity;
        this.texts = texts;
        this.transaction = transaction;
        this.clock = clock;
        this.botAdmins = properties.adminIds();
    }

    /** The chat an update belongs to, for its lane; null for updates the bot ignores. */
    static @Nullable Long chatOf(Update update) {
        if (update.message() != null && update.message().chat() != null) {
            return update.message().chat().id();
        }
        if (update.callbackQuery() != null) {
            CallbackQuery query = update.callbackQuery();
            return query.maybeInaccessibleMessage() != null && query.maybeInaccessibleMessage().chat() != null
                    ? query.maybeInaccessibleMessage().chat().id() : query.from().id();
        }
        if (update.myChatMember() != null) {
            return update.myChatMember().chat().id();
        }
        return null;
    }

    void handle(long updateId) {
        Optional<UpdateRepository.Stored> stored = updates.find(updateId);
        if (stored.isEmpty()) {
            return;
        }
        Update update = BotUtils.parseUpdate(stored.get().body());
        @Nullable Chat chat;
        try {
            chat = converse(update);
        } catch (RuntimeException failure) {
            log.error("Telegram update {} failed: {}", updateId, failure.toString(), failure);
            chat = null;
        }
        @Nullable Chat answered = chat;
        transaction.executeWithoutResult(status -> {
            if (!updates.markHandled(updateId, clock.millis()) || answered == null) {
                return;
            }
            if (answered.stateChanged()) {
                chats.state(answered.id(), answered.newState(), clock.millis());
            }
            for (Chat.Queued queued : answered.finish()) {
                outbox.add(answered.id(), queued.call(), queued.photo());
            }
        });
    }

    private @Nullable Chat converse(Update update) {
        long now = clock.millis();
        if (update.myChatMember() != null) {
            ChatMemberUpdated member = update.myChatMember();
            String status = member.newChatMember() == null ? "" : String.valueOf(member.newChatMember().status());
            // Blocking is noted at once; unblocking when the person writes again (ChatRepository.seen).
            if (status.equalsIgnoreCase("kicked")) {
                chats.blocked(member.chat().id(), now);
            }
            return null;
        }
        Message message = update.message();
        CallbackQuery query = update.callbackQuery();
        if (message != null && message.chat() != null && message.from() != null && isPrivate(message)
                && message.text() != null) {
            Chat chat = open(message.chat().id(), message.from(), null, null, null, false, now);
            router.typed(chat, message.text());
            return chat;
        }
        if (query != null && query.from() != null) {
            Long chatId = chatOf(update);
            Message source = query.message();
            boolean photo = source != null && source.photo() != null && source.photo().length > 0;
            Integer messageId = query.maybeInaccessibleMessage() == null ? null : query.maybeInaccessibleMessage().messageId();
            Chat chat = open(chatId == null ? query.from().id() : chatId, query.from(), query.id(),
                    query.data() == null ? "" : query.data(), messageId, photo, now);
            router.pressed(chat, query.data() == null ? "" : query.data());
            return chat;
        }
        return null;
    }

    private static boolean isPrivate(Message message) {
        return message.chat().type() == null || "private".equalsIgnoreCase(message.chat().type().name());
    }

    private Chat open(long chatId, User from, @Nullable String callbackId, @Nullable String data,
            @Nullable Integer messageId, boolean photo, long now) {
        chats.seen(chatId, from.languageCode(), now);
        @Nullable String state = chats.find(chatId).map(ChatRepository.ChatRow::state).orElse(null);
        @Nullable CurrentUser person = identity.currentUserByTelegram(from.id()).map(linked -> asBotAdmin(linked, from.id())).orElse(null);
        return new Chat(chatId, from, person, Texts.locale(person == null ? null : person.locale(), from.languageCode()),
                texts, chats, now, callbackId, data, messageId, photo, state);
    }

    /** Telegram ids in allot.telegram.admins are admins of the bot, whatever their role in Allot. */
    private CurrentUser asBotAdmin(CurrentUser person, long telegramUserId) {
        return botAdmins.contains(telegramUserId) && !person.isAdmin()
                ? new CurrentUser(person.id(), person.email(), person.displayName(), Role.ADMIN, person.locale(),
                        person.homeSiteId())
                : person;
    }
}
