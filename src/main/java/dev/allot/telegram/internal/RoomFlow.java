package dev.allot.telegram.internal;

import dev.allot.booking.BookResource;
import dev.allot.booking.BookingResult;
import dev.allot.booking.Bookings;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "🚪 Room now" and {@code /room}: rooms free at the person's home site for an hour from now (the next
 * quarter hour), or from a later hour, for a number of people; one tap books it. A room taken
 * meanwhile is said so, with the free ones again.
 */
@Component
@OnTelegram
class RoomFlow implements ChatFlow {

    static final int SHOWN = 8;
    static final List<Integer> SIZES = List.of(1, 2, 4, 6, 10);

    private final Spaces spaces;
    private final Bookings bookings;
    private final DeskPicker picker;
    private final Clock clock;

    RoomFlow(Spaces spaces, Bookings bookings, DeskPicker picker, Clock clock) {
        this.spaces = spaces;
        this.bookings = bookings;
        this.picker = picker;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "room";
    }

    @Override
    public List<String> commands() {
        return List.of("room");
    }

    @Override
    public String menuKey() {
        return "telegram.menu.room";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void start(Chat chat, String args) {
        Optional<SiteView> home = picker.homeSite(chat.me());
        if (home.isEmpty()) {
            chat.show(picker.sites(chat, name()));
            return;
        }
        chat.show(rooms(chat, home.get(), 0, 1, null));
    }

    @Override
    public void press(Chat chat, Press press) {
        if (press.verb().equals("s")) {
            chat.show(rooms(chat, picker.pickSite(chat, press), 0, 1, null));
            return;
        }
        SiteView site = picker.site(press.longArg(0));
        int later = press.intArg(1);
        int people = press.intArg(2);
        if (later < 0 || later > 12 || people < 1 || people > 100) {
            throw new Press.Stale("out of range");
        }
        switch (press.verb()) {
            case "f" -> chat.show(rooms(chat, site, later, people, null));
            case "k" -> book(chat, site, later, people, new ResourceId(press.longArg(3)), Instant.ofEpochSecond(press.longArg(4)));
            default -> throw new Press.Stale(press.verb());
        }
    }

    private void book(Chat chat, SiteView site, int later, int people, ResourceId room, Instant start) {
        if (chat.repeated()) {
            chat.toast(chat.t("telegram.already"));
            return;
        }
        if (start.isBefore(clock.instant().minus(15, ChronoUnit.MINUTES))) {
            chat.show(rooms(chat, site, later, people, chat.t("telegram.room.over")));
            return;
        }
        BookingResult result;
        try {
            result = bookings.book(new BookResource(room, start, start.plus(1, ChronoUnit.HOURS), null, people, null,
                    "tg:" + chat.id() + ":" + chat.messageId() + ":room:" + room.value() + ":" + start.getEpochSecond()),
                    chat.me());
        } catch (ProblemException problem) {
            if (problem.status().value() == 409) {
                String taken = chat.t("telegram.room.taken");
                chat.alert(taken);
                chat.show(rooms(chat, site, later, people, taken));
                return;
            }
            throw problem;
        }
        chat.acted();
        chat.toast(chat.t("telegram.desks.booked.toast"));
        chat.show(Screen.of(chat.t("telegram.room.booked", MyFlow.describe(chat, result.booking())),
                Keyboard.builder().row(MenuFlow.home(chat)).build()));
    }

    private Screen rooms(Chat chat, SiteView site, int later, int people, @org.jspecify.annotations.Nullable String note) {
        ZonedDateTime now = clock.instant().atZone(site.timeZone());
        ZonedDateTime start = now.truncatedTo(ChronoUnit.HOURS).plusMinutes(15L * ((now.getMinute() + 14) / 15))
                .plusHours(later);
        Instant from = start.toInstant();
        List<ResourceView> free = spaces.search(new ResourceQuery(ResourceKind.ROOM, site.id(), null, people, Set.of(),
                from, from.plus(1, ChronoUnit.HOURS), false), new PageRequest(0, SHOWN)).items();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        StringBuilder text = new StringBuilder();
        if (note != null) {
            text.append(note).append("\n\n");
        }
        text.append(chat.t(free.isEmpty() ? "telegram.room.none" : "telegram.room.free", site.name(),
                time.format(start), time.format(start.plusHours(1)), site.timeZone().getId(), people));
        Keyboard.Builder keys = Keyboard.builder();
        for (ResourceView room : free) {
            keys.row(Keyboard.Key.of(room.name() + " · " + room.capacity(),
                    Press.data(name(), "k", site.id().value(), later, people, room.id().value(), from.getEpochSecond())));
        }
        keys.row();
        for (int hours : List.of(0, 1, 2, 3)) {
            if (hours != later) {
                keys.key(Keyboard.Key.of(hours == 0 ? chat.t("telegram.room.now") : "+" + hours + " h",
                        Press.data(name(), "f", site.id().value(), hours, people)));
            }
        }
        keys.row();
        for (int size : SIZES) {
            if (size != people) {
                keys.key(Keyboard.Key.of("👥 " + size, Press.data(name(), "f", site.id().value(), later, size)));
            }
        }
        keys.row(MenuFlow.home(chat));
        return Screen.of(text.toString(), keys.build());
    }
}
