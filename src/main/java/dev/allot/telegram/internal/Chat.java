package dev.allot.telegram.internal;

import com.pengrad.telegrambot.model.User;
import dev.allot.identity.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One update's conversation with one person: who they are (linked or not), their language, the
 * message whose button they pressed, and what the bot answers. Flows only say what to show; whether
 * that edits the pressed message, replaces a photo or sends a new message is decided here, and all of
 * it goes to the {@link Outbox} together, once the update is handled.
 */
public final class Chat {

    /** The person has not linked their Telegram account to a name yet. */
    public static final class NotLinked extends RuntimeException {
        NotLinked() {
            super("not linked", null, false, false);
        }
    }

    record Queued(Outgoing call, byte @Nullable [] photo) {}

    private final long chatId;
    private final User from;
    private final @Nullable CurrentUser person;
    private final Locale locale;
    private final Texts texts;
    private final ChatRepository chats;
    private final long now;
    private final @Nullable String callbackId;
    private final @Nullable String data;
    private final @Nullable Integer sourceMessageId;
    private boolean sourceIsPhoto;
    private final @Nullable String state;
    private final List<Queued> queued = new ArrayList<>();
    private boolean answered;
    private boolean stateChanged;
    private @Nullable String newState;

    Chat(long chatId, User from, @Nullable CurrentUser person, Locale locale, Texts texts, ChatRepository chats, long now,
            @Nullable String callbackId, @Nullable String data, @Nullable Integer sourceMessageId, boolean sourceIsPhoto,
            @Nullable String state) {
        this.chatId = chatId;
        this.from = from;
        this.person = person;
        this.locale = locale;
        this.texts = texts;
        this.chats = chats;
        this.now = now;
        this.callbackId = callbackId;
        this.data = data;
        this.sourceMessageId = sourceMessageId;
        this.sourceIsPhoto = sourceIsPhoto;
        this.state = state;
    }

    public long id() {
        return chatId;
    }

    /** The Telegram user writing. */
    public User from() {
        return from;
    }

    /** The name to record with a link: @username, else first and last name. */
    public String telegramName() {
        if (from.username() != null && !from.username().isBlank()) {
            return "@" + from.username();
        }
        String name = (from.firstName() + " " + (from.lastName() == null ? "" : from.lastName())).strip();
        return name.isEmpty() ? String.valueOf(from.id()) : name;
    }

    public Optional<CurrentUser> person() {
        return Optional.ofNullable(person);
    }

    /** The linked person; {@link NotLinked} (the router asks them to pick their name) otherwise. */
    public CurrentUser me() {
        if (person == null) {
            throw new NotLinked();
        }
        return person;
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... args) {
        return texts.get(locale, key, args);
    }

    /** When the update is handled (the application's clock), epoch millis. */
    public long now() {
        return now;
    }

    /** The message whose button was pressed, or null when the person typed. */
    public @Nullable Integer messageId() {
        return sourceMessageId;
    }

    public boolean pressed() {
        return callbackId != null;
    }

    /** What the bot waits for this person to type ("flow:step:args"), or null. */
    public @Nullable String state() {
        return state;
    }

    /** Wait for the person to type something for {@code state} ("flow:step:args"); null waits for nothing. */
    public void expect(@Nullable String state) {
        this.newState = state;
        this.stateChanged = true;
    }

    /**
     * Shows {@code screen} in place of the message whose button was pressed (editing it, or, between a
     * photo and text, replacing it), or as a new message when the person typed.
     */
    public void show(Screen screen) {
        if (sourceMessageId == null) {
            send(screen);
            return;
        }
        int message = sourceMessageId;
        if (screen.photo() != null && sourceIsPhoto) {
            queued.add(new Queued(new Outgoing.EditPhoto(message, screen.text(), screen.keyboard()), screen.photo()));
        } else if (screen.photo() == null && !sourceIsPhoto) {
            queued.add(new Queued(new Outgoing.Edit(message, screen.text(), screen.keyboard()), null));
        } else {
            queued.add(new Queued(new Outgoing.Delete(message), null));
            send(screen);
        }
    }

    /** A new message, below the others. */
    public void send(Screen screen) {
        if (screen.photo() != null) {
            queued.add(new Queued(new Outgoing.SendPhoto(screen.text(), screen.keyboard()), screen.photo()));
        } else {
            queued.add(new Queued(new Outgoing.Send(screen.text(), screen.keyboard(), null), null));
        }
    }

    /** A new message that also sets the keyboard at the bottom of the chat (the main menu). */
    public void sendWithMenu(String text, List<List<String>> menu) {
        queued.add(new Queued(new Outgoing.Send(text, Keyboard.NONE, menu), null));
    }

    /** A short note at the top of the chat for the pressed button (nothing when the person typed). */
    public void toast(String text) {
        answer(text, false);
    }

    /** A note in a box to dismiss, for conflicts; a message of its own when the person typed. */
    public void alert(String text) {
        if (callbackId == null) {
            send(Screen.of(text));
        } else {
            answer(text, true);
        }
    }

    private void answer(@Nullable String text, boolean alert) {
        if (callbackId == null || answered) {
            return;
        }
        answered = true;
        // First in the outbox, so the spinner on the button stops before anything else happens.
        queued.addFirst(new Queued(new Outgoing.Answer(callbackId, text, alert), null));
    }

    /**
     * Whether the pressed button has acted before (a double tap, or the same button again): its flow
     * answers "already done" instead of acting twice.
     */
    public boolean repeated() {
        return callbackId != null && sourceMessageId != null && data != null
                && chats.tapped(chatId, sourceMessageId, data);
    }

    /** The pressed button acted: a second tap of it is {@link #repeated()}. */
    public void acted() {
        if (callbackId != null && sourceMessageId != null && data != null) {
            chats.tap(chatId, sourceMessageId, data, now);
        }
    }

    List<Queued> finish() {
        if (callbackId != null && !answered) {
            answer(null, false);
        }
        return List.copyOf(queued);
    }

    boolean stateChanged() {
        return stateChanged;
    }

    @Nullable String newState() {
        return newState;
    }
}
