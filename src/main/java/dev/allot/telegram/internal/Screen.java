package dev.allot.telegram.internal;

import org.jspecify.annotations.Nullable;

/**
 * What one message of the bot's shows: text (a photo's caption when there is a photo) and buttons.
 * A screen replaces the message whose button was pressed, so a conversation stays one message.
 */
public record Screen(String text, Keyboard keyboard, byte @Nullable [] photo) {

    public static Screen of(String text, Keyboard keyboard) {
        return new Screen(text, keyboard, null);
    }

    public static Screen of(String text) {
        return new Screen(text, Keyboard.NONE, null);
    }

    public static Screen photo(byte[] photo, String caption, Keyboard keyboard) {
        return new Screen(caption, keyboard, photo);
    }
}
