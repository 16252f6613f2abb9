package dev.allot.telegram.internal;

import dev.allot.booking.BookDeskDay;
import dev.allot.booking.BookingResult;
import dev.allot.booking.Desks;
import dev.allot.booking.Guest;
import dev.allot.booking.JoinPresence;
import dev.allot.booking.PresenceStatus;
import dev.allot.booking.PresenceView;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /book} and "📅 Book a desk": a day from today to the horizon at the person's home site
 * (asked for once and remembered), then one tap on a free desk books it. A desk taken meanwhile is
 * answered with who has it and the free ones again; a full office offers the waiting list, or being
 * there without a desk. {@link GuestFlow} is the same screens for a guest: the differences are the
 * hooks {@link #guest}, {@link #title} and {@link #withoutDesk}.
 */
@Component
@OnTelegram
class BookFlow implements ChatFlow {

    final DeskPicker picker;
    private final Desks desks;

    BookFlow(DeskPicker picker, Desks desks) {
        this.picker = picker;
        this.desks = desks;
    }

    @Override
    public String name() {
        return "book";
    }

    @Override
    public List<String> commands() {
        return List.of("book");
    }

    @Override
    public String menuKey() {
        return "telegram.menu.book";
    }

    @Override
    public int order() {
        return 10;
    }

    /** The guest a booking is for, or null for the person themselves. */
    @Nullable Guest guest(Chat chat) {
        return null;
    }

    /** The line above the day and desk screens. */
    String title(Chat chat) {
        return chat.t("telegram.book.title");
    }

    /** Whether the desks screen always offers "without a desk". */
    boolean withoutDesk() {
        return false;
    }

    @Override
    public void start(Chat chat, String args) {
        Optional<SiteView> home = picker.homeSite(chat.me());
        chat.show(home.map(site -> picker.days(chat, name(), site, title(chat), null))
                .orElseGet(() -> picker.sites(chat, name())));
    }

    @Override
    public void press(Chat chat, Press press) {
        guest(chat); // a guest flow whose conversation has ended has no guest: stale
        switch (press.verb()) {
            case "s" -> chat.show(picker.days(chat, name(), picker.pickSite(chat, press), title(chat), null));
            case "days" -> chat.show(picker.days(chat, name(), picker.site(press.longArg(0)), title(chat), null));
            case "d" -> day(chat, picker.site(press.longArg(0)), press.dateArg(1), 0, null);
            case "p" -> day(chat, picker.site(press.longArg(0)), press.dateArg(1), press.intArg(2), null);
            case "k" -> book(chat, picker.desk(press.longArg(0)), press.dateArg(1));
            case "w" -> join(chat, picker.site(press.longArg(0)), press.dateArg(1), press.intArg(2) == 1);
            default -> throw new Press.Stale("unknown verb " + press.verb());
        }
    }

    private void day(Chat chat, SiteView site, LocalDate day, int page, @Nullable String note) {
        Optional<Screen> refused = picker.notBookable(chat, name(), site, day, title(chat));
        if (refused.isPresent()) {
            chat.show(refused.get());
            return;
        }
        chat.show(picker.desks(chat, name(), site, day, page, title(chat), note, withoutDesk()));
    }

    private void book(Chat chat, ResourceView desk, LocalDate day) {
        SiteView site = picker.site(desk.siteId().value());
        if (chat.repeated()) {
            chat.toast(chat.t("telegram.already"));
            return;
        }
        if (day.isBefore(picker.today(site))) {
            chat.show(picker.days(chat, name(), site, title(chat), chat.t("telegram.desks.day.over",
                    DeskPicker.format(chat, day))));
            return;
        }
        BookingResult result;
        try {
            result = desks.bookDay(new BookDeskDay(desk.id(), day, guest(chat), null, tapKey(chat, desk, day)), chat.me());
        } catch (ProblemException problem) {
            if (problem.type().equals("desk-taken")) {
                String holder = picker.holder(chat, site, day, desk.id())
                        .orElseGet(() -> chat.t("telegram.desks.someone"));
                String taken = chat.t("telegram.desks.taken", desk.name(), holder);
                chat.alert(taken);
                chat.show(picker.desks(chat, name(), site, day, 0, title(chat), taken, withoutDesk()));
                return;
            }
            if (problem.type().equals("already-has-desk")) {
                Object mine = problem.properties().getOrDefault("desk", "");
                chat.alert(chat.t("telegram.desks.already-has", mine, DeskPicker.format(chat, day)));
                return;
            }
            throw problem;
        }
        chat.acted();
        chat.expect(null);
        chat.toast(chat.t("telegram.desks.booked.toast"));
        String floor = desk.floorName() == null ? chat.t("telegram.desks.no-floor") : desk.floorName();
        String text = guest(chat) == null
                ? chat.t("telegram.desks.booked", desk.name(), floor, DeskPicker.format(chat, day), site.name(),
                        site.timeZone().getId())
                : chat.t("telegram.guest.booked", guest(chat).name(), desk.name(), floor, DeskPicker.format(chat, day),
                        site.name(), site.timeZone().getId());
        if (result.replayed()) {
            text = chat.t("telegram.already") + "\n" + text;
        }
        chat.show(Screen.of(text, Keyboard.builder().row(MenuFlow.home(chat)).build()));
    }

    private void join(Chat chat, SiteView site, LocalDate day, boolean wait) {
        if (chat.repeated()) {
            chat.toast(chat.t("telegram.already"));
            return;
        }
        Optional<Screen> refused = picker.notBookable(chat, name(), site, day, title(chat));
        if (refused.isPresent()) {
            chat.show(refused.get());
            return;
        }
        @Nullable Guest guest = guest(chat);
        PresenceView presence = desks.join(new JoinPresence(site.id(), day, guest, wait), chat.me());
        chat.acted();
        chat.expect(null);
        String when = DeskPicker.format(chat, day);
        String who = guest == null ? chat.t("telegram.desks.you") : guest.name();
        String text;
        if (presence.status() == PresenceStatus.WAITING) {
            text = chat.t("telegram.desks.waiting", who, when, site.name(),
                    presence.position() == null ? "?" : presence.position());
        } else if (presence.status() == PresenceStatus.OFFERED) {
            text = chat.t("telegram.desks.offered", who, when, site.name(),
                    presence.deskName() == null ? "" : presence.deskName());
        } else if (presence.status() == PresenceStatus.BOOKED) {
            text = chat.t("telegram.desks.joined-booked", who, when, site.name(),
                    presence.deskName() == null ? "" : presence.deskName());
        } else {
            text = chat.t("telegram.desks.present", who, when, site.name());
        }
        chat.show(Screen.of(text, Keyboard.builder().row(MenuFlow.home(chat)).build()));
    }

    /** The booking's idempotency key: this tap of this button on this message. */
    private @Nullable String tapKey(Chat chat, ResourceView desk, LocalDate day) {
        Integer message = chat.messageId();
        return message == null ? null : "tg:" + chat.id() + ":" + message + ":" + name() + ":k:" + desk.id().value() + ":" + day;
    }
}
