package dev.allot.telegram.internal;

import dev.allot.booking.AnswerAttendance;
import dev.allot.booking.AttendanceConfirmation;
import dev.allot.booking.AttendanceConfirmations;
import dev.allot.booking.BookingActions;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.CheckIn;
import dev.allot.booking.Desks;
import dev.allot.booking.PresenceId;
import dev.allot.booking.PresenceStatus;
import dev.allot.booking.PresenceView;
import dev.allot.booking.SeriesScope;
import dev.allot.platform.PageRequest;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code /my} and "🗂 My bookings": upcoming desk days and room bookings in their site's zone, and the
 * days one is in without a desk, each with what may be done now: cancel (after a "sure?"), answer
 * "will you come?", check in. Everything through the booking facades, which say who may.
 */
@Component
@OnTelegram
class MyFlow implements ChatFlow {

    static final int SHOWN = 10;

    private final Bookings bookings;
    private final Desks desks;
    private final AttendanceConfirmations attendance;
    private final Clock clock;

    MyFlow(Bookings bookings, Desks desks, AttendanceConfirmations attendance, Clock clock) {
        this.bookings = bookings;
        this.desks = desks;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "my";
    }

    @Override
    public List<String> commands() {
        return List.of("my");
    }

    @Override
    public String menuKey() {
        return "telegram.menu.my";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void start(Chat chat, String args) {
        chat.show(list(chat, null));
    }

    @Override
    public void press(Chat chat, Press press) {
        switch (press.verb()) {
            case "l" -> chat.show(list(chat, null));
            case "c" -> {
                BookingView booking = bookings.booking(new BookingId(press.longArg(0)));
                if (!booking.bookedBy().equals(chat.me().id()) && !chat.me().isAdmin()) {
                    throw dev.allot.platform.ProblemException.forbidden("Members cancel their own bookings");
                }
                long id = booking.id().value();
                if (booking.seriesId() != null) {
                    chat.show(Screen.of(chat.t("telegram.my.sure-series", describe(chat, booking)), Keyboard.builder()
                            .row(Keyboard.Key.of(chat.t("telegram.my.cancel-this"), Press.data(name(), "cy", id)))
                            .row(Keyboard.Key.of(chat.t("telegram.my.cancel-following"), Press.data(name(), "cf", id)))
                            .row(Keyboard.Key.of(chat.t("telegram.my.cancel-all"), Press.data(name(), "ca", id)))
                            .row(Keyboard.Key.of(chat.t("telegram.my.keep"), Press.data(name(), "l")))
                            .build()));
                    return;
                }
                chat.show(Screen.of(chat.t("telegram.my.sure", describe(chat, booking)), Keyboard.builder()
                        .row(Keyboard.Key.of(chat.t("telegram.my.yes-cancel"), Press.data(name(), "cy", id)),
                                Keyboard.Key.of(chat.t("telegram.my.keep"), Press.data(name(), "l")))
                        .build()));
            }
            case "cy", "cf", "ca" -> {
                SeriesScope scope = switch (press.verb()) {
                    case "cf" -> SeriesScope.FOLLOWING;
                    case "ca" -> SeriesScope.ALL;
                    default -> SeriesScope.THIS;
                };
                act(chat, () -> bookings.cancel(new CancelBooking(new BookingId(press.longArg(0)), null, scope),
                        chat.me()), "telegram.my.cancelled");
            }
            case "ci" -> act(chat, () -> bookings.checkIn(new CheckIn(new BookingId(press.longArg(0))), chat.me()),
                    "telegram.my.checked-in");
            case "ay", "an" -> act(chat, () -> attendance.answer(new AnswerAttendance(new BookingId(press.longArg(0)),
                    press.verb().equals("ay")), chat.me()), press.verb().equals("ay") ? "telegram.notice.coming"
                    : "telegram.notice.not-coming");
            case "pc" -> act(chat, () -> desks.cancel(new PresenceId(press.longArg(0)), chat.me()), "telegram.my.cancelled");
            default -> throw new Press.Stale(press.verb());
        }
    }

    private void act(Chat chat, Runnable action, String doneKey) {
        if (chat.repeated()) {
            chat.toast(chat.t("telegram.already"));
            chat.show(list(chat, chat.t("telegram.already")));
            return;
        }
        action.run();
        chat.acted();
        chat.toast(chat.t(doneKey));
        chat.show(list(chat, chat.t(doneKey)));
    }

    private Screen list(Chat chat, @org.jspecify.annotations.Nullable String note) {
        List<BookingView> upcoming = bookings.list(new BookingQuery(chat.me().id(), null, null, clock.instant(), null,
                Set.of(BookingStatus.PENDING, BookingStatus.CONFIRMED)), new PageRequest(0, SHOWN), chat.me()).items();
        Map<BookingId, AttendanceConfirmation> questions = attendance.confirmations(upcoming, chat.me());
        List<PresenceView> presences = desks.presences(null, null, chat.me()).stream()
                .filter(p -> p.person().equals(chat.me().id()))
                .filter(p -> p.status() == PresenceStatus.WAITING || p.status() == PresenceStatus.OFFERED
                        || p.status() == PresenceStatus.PRESENT)
                .toList();
        StringBuilder text = new StringBuilder();
        if (note != null) {
            text.append(note).append("\n\n");
        }
        Keyboard.Builder keys = Keyboard.builder();
        if (upcoming.isEmpty() && presences.isEmpty()) {
            text.append(chat.t("telegram.my.none"));
        } else {
            text.append(chat.t("telegram.my.title"));
        }
        int n = 0;
        for (BookingView booking : upcoming) {
            n++;
            text.append("\n").append(n).append(". ").append(describe(chat, booking));
            BookingActions can = bookings.actionsFor(booking, chat.me());
            AttendanceConfirmation question = questions.get(booking.id());
            if (question != null && question.answerable()) {
                text.append("\n   ").append(chat.t("telegram.my.question"));
                keys.row(Keyboard.Key.of(n + " · " + chat.t("telegram.my.coming"), Press.data(name(), "ay", booking.id().value())),
                        Keyboard.Key.of(n + " · " + chat.t("telegram.my.not-coming"), Press.data(name(), "an", booking.id().value())));
            }
            keys.row();
            if (can.checkIn()) {
                keys.key(Keyboard.Key.of(n + " · " + chat.t("telegram.my.check-in"), Press.data(name(), "ci", booking.id().value())));
            }
            if (can.cancel()) {
                keys.key(Keyboard.Key.of(n + " · " + chat.t("telegram.my.cancel"), Press.data(name(), "c", booking.id().value())));
            }
        }
        for (PresenceView presence : presences) {
            n++;
            text.append("\n").append(n).append(". ").append(chat.t("telegram.my.presence." + presence.status().name().toLowerCase(),
                    DeskPicker.format(chat, presence.day()), presence.position() == null ? "" : presence.position()));
            keys.row(Keyboard.Key.of(n + " · " + chat.t("telegram.my.cancel"), Press.data(name(), "pc", presence.id().value())));
        }
        keys.row(MenuFlow.home(chat));
        return Screen.of(text.toString(), keys.build());
    }

    static String describe(Chat chat, BookingView booking) {
        String guest = booking.guest() == null ? "" : " · " + chat.t("telegram.my.for-guest", booking.guest().name());
        if (booking.isDeskDay()) {
            return booking.resourceName() + ", " + DeskPicker.format(chat, booking.day()) + guest;
        }
        ZonedDateTime start = booking.startsAt().atZone(booking.timeZone());
        ZonedDateTime end = booking.endsAt().atZone(booking.timeZone());
        return booking.resourceName() + ", " + DeskPicker.format(chat, start.toLocalDate()) + " "
                + DateTimeFormatter.ofPattern("HH:mm").format(start) + "–" + DateTimeFormatter.ofPattern("HH:mm").format(end)
                + " (" + booking.timeZone().getId() + ")" + (booking.status() == BookingStatus.PENDING
                        ? " · " + chat.t("telegram.my.pending") : "") + guest;
    }
}
