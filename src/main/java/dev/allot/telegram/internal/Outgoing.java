package dev.allot.telegram.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Bot API call the bot wants made, as the outbox keeps it (JSON). A photo's bytes are kept beside
 * it, not in it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "call")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Outgoing.Send.class, name = "send"),
        @JsonSubTypes.Type(value = Outgoing.SendPhoto.class, name = "sendPhoto"),
        @JsonSubTypes.Type(value = Outgoing.Edit.class, name = "edit"),
        @JsonSubTypes.Type(value = Outgoing.EditPhoto.class, name = "editPhoto"),
        @JsonSubTypes.Type(value = Outgoing.Delete.class, name = "delete"),
        @JsonSubTypes.Type(value = Outgoing.Answer.class, name = "answer")
})
public sealed interface Outgoing {

    /** Telegram's limits: a message's text, a photo's caption. */
    int MAX_TEXT = 4096;
    int MAX_CAPTION = 1024;

    /**
     * A new message; {@code menu}, when given, replaces the keyboard at the bottom of the chat (the
     * main menu's labels, row by row; an empty list removes it).
     */
    record Send(String text, Keyboard keyboard, @Nullable List<List<String>> menu) implements Outgoing {}

    record SendPhoto(String caption, Keyboard keyboard) implements Outgoing {}

    /** A new text and keyboard for a message of the bot's; sent anew when it cannot be edited any more. */
    record Edit(int messageId, String text, Keyboard keyboard) implements Outgoing {}

    /** A new picture, caption and keyboard for a photo message of the bot's; sent anew when it is gone. */
    record EditPhoto(int messageId, String caption, Keyboard keyboard) implements Outgoing {}

    record Delete(int messageId) implements Outgoing {}

    /** The answer to a button press (every press gets one); {@code alert} shows it in a box to dismiss. */
    record Answer(String callbackId, @Nullable String text, boolean alert) implements Outgoing {}

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
