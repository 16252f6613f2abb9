package dev.allot.telegram.internal;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.PersonView;
import dev.allot.identity.UserId;
import dev.allot.notification.MessengerChannel;
import dev.allot.notification.NotificationChannel;
import dev.allot.notification.RenderedNotification;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Notifications in the chat, for people who linked Telegram and chose it: the title and text as the
 * notification module worded them, its web links as URL buttons (where Allot has a public address
 * Telegram accepts), and its messenger actions (Accept / Decline an offer, Yes / No to the attendance
 * question) as buttons of {@link NoticeFlow}. It goes through the {@link Outbox}, in order with the
 * rest of the chat, with the outbox's handling of 429 and 403; a chat that blocked the bot is not
 * reachable until the person writes to it again.
 */
@Component
@OnTelegram
class TelegramMessenger implements MessengerChannel {

    private final Identity identity;
    private final ChatRepository chats;
    private final Outbox outbox;
    private final String publicUrl;

    private final Texts texts;

    TelegramMessenger(Identity identity, ChatRepository chats, Outbox outbox, Texts texts,
            @Value("${allot.web.public-url:}") String publicUrl) {
        this.identity = identity;
        this.texts = texts;
        this.chats = chats;
        this.outbox = outbox;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.TELEGRAM;
    }

    @Override
    public Status status(UserId user) {
        Optional<Long> chat = chatOf(user);
        if (chat.isEmpty()) {
            return Status.NOT_LINKED;
        }
        return chats.isBlocked(chat.get()) ? Status.BLOCKED : Status.ACTIVE;
    }

    @Override
    public boolean reachable(UserId user) {
        return chatOf(user).filter(chat -> !chats.isBlocked(chat)).isPresent();
    }

    @Override
    public void send(UserId user, RenderedNotification message) {
        Optional<Long> chat = chatOf(user);
        if (chat.isEmpty() || chats.isBlocked(chat.get())) {
            return;
        }
        List<Keyboard.Key> keys = new ArrayList<>();
        for (RenderedNotification.Action action : message.actions()) {
            if (action.isPath()) {
                if (linksWork()) {
                    keys.add(Keyboard.Key.link(action.label(), publicUrl + action.target()));
                }
            } else {
                NoticeFlow.data(action.target()).ifPresent(data -> keys.add(Keyboard.Key.of(action.label(), data)));
            }
        }
        if (keys.isEmpty() && message.link() != null) {
            // an event's news opens the event here in the chat, whatever Allot's address
            java.util.Locale locale = Texts.locale(identity.currentUser(user).map(CurrentUser::locale).orElse(null), null);
            EventFlow.openButton(texts.get(locale, "telegram.events.open"), message.link()).ifPresent(keys::add);
        }
        if (keys.isEmpty() && message.link() != null && linksWork()) {
            keys.add(Keyboard.Key.link("↗", publicUrl + message.link()));
        }
        String text = message.body().isBlank() ? message.title() : message.title() + "\n\n" + message.body();
        outbox.add(chat.get(), new Outgoing.Send(text, Keyboard.builder().grid(keys, 2).build(), null), null);
    }

    private Optional<Long> chatOf(UserId user) {
        Optional<CurrentUser> person = identity.currentUser(user);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        PersonView view = identity.person(user, person.get());
        return Optional.ofNullable(view.telegram()).map(account -> account.id());
    }

    /** Telegram refuses buttons to addresses it cannot reach (localhost), so only a public address gets them. */
    private boolean linksWork() {
        if (publicUrl.isEmpty()) {
            return false;
        }
        try {
            String host = URI.create(publicUrl).getHost();
            return host != null && !host.equals("localhost") && !host.startsWith("127.") && host.contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
