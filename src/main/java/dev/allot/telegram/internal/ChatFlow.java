package dev.allot.telegram.internal;

import java.util.List;

/**
 * One thing a person does with the bot (book a desk, see who's in, ...): started by a command or a
 * main-menu button, then driven by its own buttons, whose data starts with {@link #name()}.
 */
public interface ChatFlow {

    /** The first part of its buttons' data, short (data has 64 bytes): "book", "my", "who". */
    String name();

    /** The commands that start it, without the slash: "book". */
    default List<String> commands() {
        return List.of();
    }

    /** The message key of its main-menu button, if it has one ("telegram.menu.book"). */
    default String menuKey() {
        return "";
    }

    /** Whether only admins see and use it. */
    default boolean adminOnly() {
        return false;
    }

    /** Where in the main menu and /help it comes (smaller first). */
    default int order() {
        return 100;
    }

    /** The command or menu button; {@code args} is what followed the command ("" for none). */
    void start(Chat chat, String args);

    /** One of its buttons. */
    void press(Chat chat, Press press);

    /** Something typed while the chat waited for it ({@link Chat#expect}); {@code state} is what it waited for. */
    default void typed(Chat chat, String state, String text) {
        start(chat, "");
    }
}
