package dev.allot.telegram.internal;

import dev.allot.identity.Identity;
import dev.allot.identity.PeopleQuery;
import dev.allot.identity.PersonView;
import dev.allot.identity.TelegramAccount;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code /start}: a person whose Telegram account is linked to nobody picks their name from the
 * employee directory (paged; typing part of a name narrows the list) and confirms it; the link is
 * made by identity's {@link Identity#claimByTelegram} (audited there). A name linked to another
 * account cannot be taken: ask an admin. {@code /start <code>} carries an invitation for the flows
 * that make them ({@link StartCode}).
 */
@Component
@OnTelegram
class StartFlow implements ChatFlow {

    static final int PAGE = 8;

    private final Identity identity;
    private final MenuFlow menu;
    private final ObjectProvider<StartCode> codes;

    StartFlow(Identity identity, MenuFlow menu, ObjectProvider<StartCode> codes) {
        this.identity = identity;
        this.menu = menu;
        this.codes = codes;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public List<String> commands() {
        return List.of("start");
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void start(Chat chat, String args) {
        if (chat.person().isPresent()) {
            for (StartCode code : codes.orderedStream().toList()) {
                if (!args.isBlank() && code.accepts(args)) {
                    code.open(chat, args);
                    return;
                }
            }
            chat.sendWithMenu(chat.t("telegram.start.linked", chat.me().displayName()), menu.menu(chat));
            return;
        }
        chat.expect("start:search:");
        chat.show(names(chat, "", 0));
    }

    @Override
    public void typed(Chat chat, String state, String text) {
        chat.expect("start:search:" + text);
        chat.send(names(chat, text, 0));
    }

    @Override
    public void press(Chat chat, Press press) {
        if (chat.person().isPresent()) {
            chat.toast(chat.t("telegram.start.already", chat.me().displayName()));
            menu.press(chat, press);
            return;
        }
        switch (press.verb()) {
            case "page" -> chat.show(names(chat, query(chat), press.intArg(0)));
            case "pick" -> {
                UserView person = identity.findUser(new UserId(press.longArg(0))).filter(UserView::active).orElse(null);
                if (person == null) {
                    chat.alert(chat.t("telegram.start.gone"));
                    chat.show(names(chat, query(chat), 0));
                    return;
                }
                chat.show(Screen.of(chat.t("telegram.start.confirm", describe(person.displayName(), person.team())),
                        Keyboard.builder()
                        .row(Keyboard.Key.of(chat.t("telegram.start.yes"), Press.data(name(), "claim", person.id())))
                        .row(Keyboard.Key.of(chat.t("telegram.start.no"), Press.data(name(), "page", 0)))
                        .build()));
            }
            case "claim" -> claim(chat, new UserId(press.longArg(0)));
            default -> throw new Press.Stale(press.verb());
        }
    }

    private void claim(Chat chat, UserId id) {
        PersonView linked;
        try {
            linked = identity.claimByTelegram(id, new TelegramAccount(chat.from().id(), chat.telegramName()));
        } catch (ProblemException problem) {
            switch (problem.type()) {
                case "telegram-linked" -> chat.alert(chat.t("telegram.start.taken"));
                case "person-inactive", "not-found" -> chat.alert(chat.t("telegram.start.gone"));
                default -> throw problem;
            }
            chat.show(names(chat, query(chat), 0));
            return;
        }
        chat.expect(null);
        chat.toast(chat.t("telegram.start.done"));
        chat.show(Screen.of(chat.t("telegram.start.welcome", linked.displayName())));
        chat.sendWithMenu(chat.t("telegram.start.menu"), menuFor(chat, linked));
    }

    /** The menu for a person who has just linked (the chat's person was not known when the update came). */
    private List<List<String>> menuFor(Chat chat, PersonView person) {
        return menu.menuFor(chat.locale(), person.role() == dev.allot.identity.Role.ADMIN);
    }

    private static String query(Chat chat) {
        String state = chat.state();
        return state != null && state.startsWith("start:search:") ? state.substring("start:search:".length()) : "";
    }

    private Screen names(Chat chat, String query, int page) {
        Page<PersonView> people = identity.peopleToClaim(new PeopleQuery(query.isBlank() ? null : query, null, null),
                new PageRequest(Math.max(0, page), PAGE));
        Keyboard.Builder keys = Keyboard.builder();
        for (PersonView person : people.items()) {
            keys.row(Keyboard.Key.of(describe(person.displayName(), person.team()), Press.data(name(), "pick", person.id())));
        }
        keys.row();
        if (page > 0) {
            keys.key(Keyboard.Key.of("‹ " + chat.t("telegram.previous"), Press.data(name(), "page", page - 1)));
        }
        if ((long) (page + 1) * PAGE < people.total()) {
            keys.key(Keyboard.Key.of(chat.t("telegram.next") + " ›", Press.data(name(), "page", page + 1)));
        }
        String text = people.items().isEmpty()
                ? chat.t(query.isBlank() ? "telegram.start.empty" : "telegram.start.none", query)
                : chat.t(query.isBlank() ? "telegram.start.who" : "telegram.start.found", query, people.total());
        return Screen.of(text, keys.build());
    }

    private static String describe(String name, @Nullable String team) {
        return team == null || team.isBlank() ? name : name + " · " + team;
    }

    /**
     * An invitation carried by {@code /start <code>} (a guest's, an event's), opened for a linked
     * person by the flow that made it.
     */
    public interface StartCode {
        boolean accepts(String code);

        void open(Chat chat, String code);
    }
}
