package dev.allot.telegram.internal;

import dev.allot.booking.Attendance;
import dev.allot.booking.AttendanceFilter;
import dev.allot.booking.Bookings;
import dev.allot.space.SiteView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /who} and "👥 Who's in": a day at the person's home site — colleagues with their desks (the
 * person's team first), guests with their hosts, and people in without a desk — with buttons for the
 * next days. Long days are paged, so the message stays within Telegram's limit.
 */
@Component
@OnTelegram
class WhoFlow implements ChatFlow {

    static final int PAGE = 25;

    private final Bookings bookings;
    private final DeskPicker picker;
    private final dev.allot.identity.Identity identity;

    WhoFlow(Bookings bookings, DeskPicker picker, dev.allot.identity.Identity identity) {
        this.bookings = bookings;
        this.picker = picker;
        this.identity = identity;
    }

    @Override
    public String name() {
        return "who";
    }

    @Override
    public List<String> commands() {
        return List.of("who");
    }

    @Override
    public String menuKey() {
        return "telegram.menu.who";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void start(Chat chat, String args) {
        Optional<SiteView> home = picker.homeSite(chat.me());
        if (home.isEmpty()) {
            chat.show(picker.sites(chat, name()));
            return;
        }
        chat.show(day(chat, home.get(), picker.today(home.get()), 0));
    }

    @Override
    public void press(Chat chat, Press press) {
        if (press.verb().equals("s")) {
            SiteView site = picker.pickSite(chat, press);
            chat.show(day(chat, site, picker.today(site), 0));
            return;
        }
        if (!press.verb().equals("d")) {
            throw new Press.Stale(press.verb());
        }
        chat.show(day(chat, picker.site(press.longArg(0)), press.dateArg(1), press.args().size() > 2 ? press.intArg(2) : 0));
    }

    private Screen day(Chat chat, SiteView site, LocalDate day, int page) {
        Attendance attendance = bookings.attendance(site.id(), day, null, AttendanceFilter.EVERYONE, chat.me());
        @Nullable String myTeam = identity.findUser(chat.me().id()).map(user -> user.team()).orElse(null);
        List<String> lines = new ArrayList<>();
        attendance.people().stream()
                .sorted(Comparator.comparing((Attendance.Person p) -> myTeam == null || !Objects.equals(myTeam, p.team()))
                        .thenComparing(Attendance.Person::name))
                .forEach(person -> lines.add("• " + person.name() + team(person.team()) + " — " + String.join(", ",
                        person.bookings().stream().map(entry -> entry.booking().resourceName()).toList())));
        for (Attendance.GuestIn guest : attendance.guests()) {
            lines.add("• " + chat.t("telegram.who.guest", guest.name(), guest.hostName()) + " — "
                    + guest.booking().booking().resourceName());
        }
        for (Attendance.Present present : attendance.present()) {
            String name = present.guest() == null ? present.name() : chat.t("telegram.who.guest", present.guest(), present.name());
            lines.add("• " + name + team(present.team()) + " — " + chat.t("telegram.who.no-desk"));
        }
        int pages = Math.max(1, (lines.size() + PAGE - 1) / PAGE);
        int shown = Math.min(Math.max(0, page), pages - 1);
        StringBuilder text = new StringBuilder(chat.t("telegram.who.title", site.name(), DeskPicker.format(chat, day),
                attendance.people().size() + attendance.guests().size() + attendance.present().size(), attendance.freeDesks()));
        if (myTeam != null) {
            text.append("\n").append(chat.t("telegram.who.team-first", myTeam));
        }
        if (lines.isEmpty()) {
            text.append("\n\n").append(chat.t("telegram.who.nobody"));
        } else {
            text.append("\n");
            lines.subList(shown * PAGE, Math.min(lines.size(), (shown + 1) * PAGE)).forEach(line -> text.append("\n").append(line));
        }
        Keyboard.Builder keys = Keyboard.builder();
        if (pages > 1) {
            keys.row();
            if (shown > 0) {
                keys.key(Keyboard.Key.of("◀", Press.data(name(), "d", site.id().value(), day, shown - 1)));
            }
            if (shown < pages - 1) {
                keys.key(Keyboard.Key.of("▶", Press.data(name(), "d", site.id().value(), day, shown + 1)));
            }
        }
        List<Keyboard.Key> days = new ArrayList<>();
        LocalDate today = picker.today(site);
        for (int i = 0; i < 6; i++) {
            LocalDate other = today.plusDays(i);
            if (!other.equals(day)) {
                days.add(Keyboard.Key.of(DeskPicker.format(chat, other), Press.data(name(), "d", site.id().value(), other)));
            }
        }
        keys.grid(days, 3);
        keys.row(MenuFlow.home(chat));
        return Screen.of(text.toString(), keys.build());
    }

    private static String team(@Nullable String team) {
        return team == null || team.isBlank() ? "" : " (" + team + ")";
    }
}
