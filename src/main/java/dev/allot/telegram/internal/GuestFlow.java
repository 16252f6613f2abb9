package dev.allot.telegram.internal;

import dev.allot.booking.Desks;
import dev.allot.booking.Guest;
import dev.allot.space.SiteView;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /guest} and "👤 Guest": the guest's name is typed, then an email or "skip", then the same
 * day and desk screens as {@link BookFlow}, booking the desk (or presence without one) for the guest.
 * The guest is kept in the chat's state ({@code guest:day:<email>:<name>}) until the booking is made.
 */
@Component
@OnTelegram
class GuestFlow extends BookFlow {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s:]+@[^@\\s:]+\\.[^@\\s:]+");
    private static final int MAX_NAME = 100;

    GuestFlow(DeskPicker picker, Desks desks) {
        super(picker, desks);
    }

    @Override
    public String name() {
        return "guest";
    }

    @Override
    public List<String> commands() {
        return List.of("guest");
    }

    @Override
    public String menuKey() {
        return "telegram.menu.guest";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    @Nullable Guest guest(Chat chat) {
        String state = chat.state();
        if (state == null || !state.startsWith("guest:day:")) {
            throw new Press.Stale("no guest in the conversation");
        }
        String[] parts = state.split(":", 4);
        if (parts.length < 4) {
            throw new Press.Stale("bad guest state " + state);
        }
        return new Guest(parts[3], parts[2].isEmpty() ? null : parts[2]);
    }

    @Override
    String title(Chat chat) {
        return chat.t("telegram.guest.title", guest(chat).name());
    }

    @Override
    boolean withoutDesk() {
        return true;
    }

    @Override
    public void start(Chat chat, String args) {
        chat.me();
        chat.expect("guest:name");
        chat.show(Screen.of(chat.t("telegram.guest.name"), Keyboard.builder().row(MenuFlow.home(chat)).build()));
    }

    @Override
    public void typed(Chat chat, String state, String text) {
        if (state.equals("guest:name")) {
            String name = text.strip().replaceAll("\\s+", " ");
            if (name.isEmpty() || name.length() > MAX_NAME) {
                chat.send(Screen.of(chat.t("telegram.guest.name.bad", MAX_NAME)));
                return;
            }
            chat.expect("guest:email:" + name);
            chat.send(Screen.of(chat.t("telegram.guest.email", name), Keyboard.builder()
                    .row(Keyboard.Key.of(chat.t("telegram.guest.skip"), Press.data(name(), "skip")))
                    .row(MenuFlow.home(chat))
                    .build()));
            return;
        }
        if (state.startsWith("guest:email:")) {
            String email = text.strip();
            if (!EMAIL.matcher(email).matches() || email.length() > 254) {
                chat.send(Screen.of(chat.t("telegram.guest.email.bad"), Keyboard.builder()
                        .row(Keyboard.Key.of(chat.t("telegram.guest.skip"), Press.data(name(), "skip")))
                        .build()));
                return;
            }
            pickDay(chat, email, state.substring("guest:email:".length()), true);
            return;
        }
        // typed while the days or desks are shown: start again with this as the name
        chat.expect("guest:name");
        typed(chat, "guest:name", text);
    }

    @Override
    public void press(Chat chat, Press press) {
        if (press.verb().equals("skip")) {
            String state = chat.state();
            if (state == null || !state.startsWith("guest:email:")) {
                throw new Press.Stale("no guest name to skip the email of");
            }
            pickDay(chat, "", state.substring("guest:email:".length()), false);
            return;
        }
        super.press(chat, press);
    }

    private void pickDay(Chat chat, String email, String name, boolean typed) {
        String state = "guest:day:" + email + ":" + name;
        chat.expect(state);
        // title() reads the guest from the state as the update began, which is not this one yet
        String title = chat.t("telegram.guest.title", name);
        Optional<SiteView> home = picker.homeSite(chat.me());
        Screen screen = home.map(site -> picker.days(chat, name(), site, title, null))
                .orElseGet(() -> picker.sites(chat, name()));
        if (typed) {
            chat.send(screen);
        } else {
            chat.show(screen);
        }
    }
}
