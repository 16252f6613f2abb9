package dev.allot.telegram.internal;

import dev.allot.audit.AuditEntry;
import dev.allot.audit.AuditLog;
import dev.allot.audit.AuditQuery;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.booking.CancelBooking;
import dev.allot.identity.AddPerson;
import dev.allot.identity.Identity;
import dev.allot.identity.PeopleQuery;
import dev.allot.identity.PersonView;
import dev.allot.identity.UserId;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code /admin} and "🛠 Admin", for admins: find a person by part of their name, then delete one of
 * their bookings with a reason (the owner is told by the booking's news), remove them from the
 * directory, or unlink their Telegram account; add a person; read the business event log, paged.
 * Every action is a facade call with the admin as actor, so it is checked and audited there.
 */
@Component
@OnTelegram
class AdminFlow implements ChatFlow {

    static final int PAGE = 8;
    static final int LOG_PAGE = 10;

    private final Identity identity;
    private final Bookings bookings;
    private final AuditLog audit;
    private final Clock clock;

    AdminFlow(Identity identity, Bookings bookings, AuditLog audit, Clock clock) {
        this.identity = identity;
        this.bookings = bookings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "adm";
    }

    @Override
    public List<String> commands() {
        return List.of("admin");
    }

    @Override
    public String menuKey() {
        return "telegram.menu.admin";
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void start(Chat chat, String args) {
        chat.expect(null);
        chat.show(home(chat));
    }

    private Screen home(Chat chat) {
        return Screen.of(chat.t("telegram.admin.title"), Keyboard.builder()
                .row(Keyboard.Key.of(chat.t("telegram.admin.find"), Press.data(name(), "find")))
                .row(Keyboard.Key.of(chat.t("telegram.admin.add"), Press.data(name(), "add")))
                .row(Keyboard.Key.of(chat.t("telegram.admin.log"), Press.data(name(), "log", 0, 0, -1)))
                .row(MenuFlow.home(chat))
                .build());
    }

    @Override
    public void press(Chat chat, Press press) {
        switch (press.verb()) {
            case "home" -> start(chat, "");
            case "find" -> {
                chat.expect("adm:find");
                chat.show(Screen.of(chat.t("telegram.admin.find.prompt")));
            }
            case "add" -> {
                chat.expect("adm:add");
                chat.show(Screen.of(chat.t("telegram.admin.add.prompt")));
            }
            case "p" -> chat.show(person(chat, new UserId(press.longArg(0)), null));
            case "b" -> {
                BookingView booking = bookings.booking(new BookingId(press.longArg(0)));
                chat.expect("adm:reason:" + booking.id().value());
                chat.show(Screen.of(chat.t("telegram.admin.reason", MyFlow.describe(chat, booking))));
            }
            case "rm" -> chat.show(Screen.of(chat.t("telegram.admin.remove.sure", name(chat, press.longArg(0))), Keyboard.builder()
                    .row(Keyboard.Key.of(chat.t("telegram.admin.yes"), Press.data(name(), "rmy", press.longArg(0))),
                            Keyboard.Key.of(chat.t("telegram.admin.no"), Press.data(name(), "p", press.longArg(0))))
                    .build()));
            case "rmy" -> once(chat, () -> identity.removePerson(new UserId(press.longArg(0)), chat.me()),
                    chat.t("telegram.admin.removed", name(chat, press.longArg(0))));
            case "ul" -> once(chat, () -> identity.unlinkTelegram(new UserId(press.longArg(0)), chat.me()),
                    chat.t("telegram.admin.unlinked", name(chat, press.longArg(0))));
            case "log" -> chat.show(log(chat, press.intArg(0), press.args().size() > 1 ? press.longArg(1) : 0,
                    press.args().size() > 2 ? press.intArg(2) : -1));
            default -> throw new Press.Stale(press.verb());
        }
    }

    @Override
    public void typed(Chat chat, String state, String text) {
        chat.me().requireAdmin("Only admins use this");
        if (state.equals("adm:find")) {
            chat.expect(null);
            chat.send(found(chat, text));
        } else if (state.equals("adm:add")) {
            chat.expect(null);
            PersonView added = identity.addPerson(new AddPerson(text, null, chat.me().homeSiteId(), null, null, null), chat.me());
            chat.send(person(chat, added.id(), chat.t("telegram.admin.added", added.displayName())));
        } else if (state.startsWith("adm:reason:")) {
            chat.expect(null);
            BookingView cancelled = bookings.cancel(new CancelBooking(new BookingId(Long.parseLong(state.substring(11))),
                    text), chat.me());
            chat.send(person(chat, cancelled.bookedBy(), chat.t("telegram.admin.deleted", MyFlow.describe(chat, cancelled))));
        } else {
            start(chat, "");
        }
    }

    private void once(Chat chat, Runnable action, String done) {
        if (chat.repeated()) {
            chat.toast(chat.t("telegram.already"));
            return;
        }
        action.run();
        chat.acted();
        chat.toast(done);
        chat.show(Screen.of(done, Keyboard.builder().row(Keyboard.Key.of(chat.t("telegram.admin.back"),
                Press.data(name(), "home"))).build()));
    }

    private Screen found(Chat chat, String query) {
        Page<PersonView> people = identity.people(new PeopleQuery(query, null, null), new PageRequest(0, PAGE), chat.me());
        Keyboard.Builder keys = Keyboard.builder();
        people.items().forEach(person -> keys.row(Keyboard.Key.of(person.displayName()
                + (person.active() ? "" : " ✖"), Press.data(name(), "p", person.id().value()))));
        keys.row(Keyboard.Key.of(chat.t("telegram.admin.back"), Press.data(name(), "home")));
        return Screen.of(people.items().isEmpty() ? chat.t("telegram.admin.found.none", query)
                : chat.t("telegram.admin.found", query, people.total()), keys.build());
    }

    private Screen person(Chat chat, UserId id, @org.jspecify.annotations.Nullable String note) {
        PersonView person = identity.person(id, chat.me());
        List<BookingView> upcoming = bookings.list(new BookingQuery(id, null, null, clock.instant(), null,
                Set.of(BookingStatus.PENDING, BookingStatus.CONFIRMED)), new PageRequest(0, PAGE), chat.me()).items();
        StringBuilder text = new StringBuilder();
        if (note != null) {
            text.append(note).append("\n\n");
        }
        text.append(person.displayName());
        if (person.team() != null) {
            text.append(" · ").append(person.team());
        }
        text.append("\n").append(person.telegram() == null ? chat.t("telegram.admin.no-telegram")
                : chat.t("telegram.admin.telegram", person.telegram().name()));
        text.append("\n\n").append(upcoming.isEmpty() ? chat.t("telegram.admin.no-bookings") : chat.t("telegram.admin.bookings"));
        Keyboard.Builder keys = Keyboard.builder();
        int n = 0;
        for (BookingView booking : upcoming) {
            n++;
            text.append("\n").append(n).append(". ").append(MyFlow.describe(chat, booking));
            keys.row(Keyboard.Key.of(n + " · " + chat.t("telegram.admin.delete"), Press.data(name(), "b", booking.id().value())));
        }
        if (person.telegram() != null) {
            keys.row(Keyboard.Key.of(chat.t("telegram.admin.unlink"), Press.data(name(), "ul", id.value())));
        }
        keys.row(Keyboard.Key.of(chat.t("telegram.admin.their-log"), Press.data(name(), "log", 0, id.value(), -1)));
        if (person.active()) {
            keys.row(Keyboard.Key.of(chat.t("telegram.admin.remove"), Press.data(name(), "rm", id.value())));
        }
        keys.row(Keyboard.Key.of(chat.t("telegram.admin.back"), Press.data(name(), "home")));
        return Screen.of(text.toString(), keys.build());
    }

    private String name(Chat chat, long id) {
        return identity.person(new UserId(id), chat.me()).displayName();
    }

    /**
     * The event log, newest first: everybody's or one person's ({@code actor}, 0 for all), all days or one
     * ({@code daysAgo}, -1 for all; days in UTC, as the times shown).
     */
    private Screen log(Chat chat, int page, long actor, int daysAgo) {
        if (daysAgo < -1 || daysAgo > 366) {
            throw new Press.Stale("day out of range");
        }
        ZoneId zone = ZoneId.of("UTC");
        java.time.LocalDate day = java.time.LocalDate.now(clock.withZone(zone)).minusDays(Math.max(0, daysAgo));
        java.time.Instant from = daysAgo < 0 ? null : day.atStartOfDay(zone).toInstant();
        java.time.Instant to = daysAgo < 0 ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
        Page<AuditEntry> entries = audit.find(new AuditQuery(actor == 0 ? null : new UserId(actor), null, null, null, from, to),
                new PageRequest(Math.max(0, page), LOG_PAGE), chat.me());
        Set<UserId> actors = entries.items().stream().map(AuditEntry::actorId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UserId, String> names = identity.usersByIds(actors).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().displayName()));
        StringBuilder text = new StringBuilder(chat.t("telegram.admin.log.title", page + 1));
        if (actor != 0) {
            text.append("\n").append(chat.t("telegram.admin.log.by", name(chat, actor)));
        }
        if (daysAgo >= 0) {
            text.append("\n").append(chat.t("telegram.admin.log.day", DeskPicker.format(chat, day)));
        }
        if (entries.items().isEmpty()) {
            text.append("\n\n").append(chat.t("telegram.admin.log.none"));
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM HH:mm", chat.locale());
        for (AuditEntry entry : entries.items()) {
            text.append("\n").append(format.format(entry.occurredAt().atZone(zone))).append(" · ")
                    .append(entry.actorId() == null ? "Allot" : names.getOrDefault(entry.actorId(), "#" + entry.actorId()))
                    .append(" · ").append(entry.action()).append(" ").append(entry.targetType()).append(":").append(entry.targetId());
        }
        Keyboard.Builder keys = Keyboard.builder().row();
        if (page > 0) {
            keys.key(Keyboard.Key.of("◀", Press.data(name(), "log", page - 1, actor, daysAgo)));
        }
        if ((long) (page + 1) * LOG_PAGE < entries.total()) {
            keys.key(Keyboard.Key.of("▶", Press.data(name(), "log", page + 1, actor, daysAgo)));
        }
        keys.row(Keyboard.Key.of(chat.t("telegram.admin.log.today"), Press.data(name(), "log", 0, actor, 0)),
                Keyboard.Key.of(chat.t("telegram.admin.log.yesterday"), Press.data(name(), "log", 0, actor, 1)),
                Keyboard.Key.of(chat.t("telegram.admin.log.all"), Press.data(name(), "log", 0, actor, -1)));
        keys.row(Keyboard.Key.of(chat.t("telegram.admin.back"), Press.data(name(), "home")));
        return Screen.of(text.toString(), keys.build());
    }
}
