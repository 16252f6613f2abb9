package dev.allot.telegram.internal;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The main menu: /menu and /help, and what is shown for anything the bot does not understand. The
 * keyboard at the bottom of the chat holds the flows' buttons; the message lists the commands.
 */
@Component
@OnTelegram
class MenuFlow implements ChatFlow {

    private final ObjectProvider<Router> router;

    MenuFlow(ObjectProvider<Router> router) {
        this.router = router;
    }

    @Override
    public String name() {
        return "menu";
    }

    @Override
    public List<String> commands() {
        return List.of("menu", "help");
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public void start(Chat chat, String args) {
        chat.sendWithMenu(text(chat), menu(chat));
    }

    @Override
    public void press(Chat chat, Press press) {
        // "home": back to the start from any flow's screen
        chat.show(Screen.of(text(chat)));
    }

    /** The main-menu keyboard for this chat's person. */
    List<List<String>> menu(Chat chat) {
        return menuFor(chat.locale(), chat.me().isAdmin());
    }

    List<List<String>> menuFor(java.util.Locale locale, boolean admin) {
        return router.getObject().menu(locale, admin);
    }

    private String text(Chat chat) {
        StringBuilder text = new StringBuilder(chat.t("telegram.menu.title", chat.me().displayName()));
        for (ChatFlow flow : router.getObject().flows()) {
            if (flow.adminOnly() && !chat.me().isAdmin()) {
                continue;
            }
            for (String command : flow.commands()) {
                if (!command.equals("menu") && !command.equals("start")) {
                    text.append("\n/").append(command).append(" — ").append(chat.t("telegram.command." + command));
                }
            }
        }
        return text.toString();
    }

    /** A button back to the main menu, for the end of a flow's screens. */
    static Keyboard.Key home(Chat chat) {
        return Keyboard.Key.of(chat.t("telegram.home"), Press.data("menu", "home"));
    }
}
