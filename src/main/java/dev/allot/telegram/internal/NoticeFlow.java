package dev.allot.telegram.internal;

import dev.allot.booking.AnswerAttendance;
import dev.allot.booking.AttendanceConfirmations;
import dev.allot.booking.BookingId;
import dev.allot.booking.Desks;
import dev.allot.booking.PresenceId;
import dev.allot.booking.PresenceStatus;
import dev.allot.booking.PresenceView;
import dev.allot.platform.ProblemException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The buttons under notifications: Accept or Decline a desk offered from the line, Yes or No to "will
 * you come?". The same use cases as the web's buttons; the message then says what was done, and a
 * second tap, or an offer that has gone meanwhile, is answered so.
 */
@Component
@OnTelegram
class NoticeFlow implements ChatFlow {

    private final Desks desks;
    private final AttendanceConfirmations attendance;

    NoticeFlow(Desks desks, AttendanceConfirmations attendance) {
        this.desks = desks;
        this.attendance = attendance;
    }

    /** The button data for a notification's messenger action ("presence-accept:6" → "n:pa:6"), if the bot knows it. */
    static Optional<String> data(String target) {
        String[] parts = target.split(":", 2);
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        String verb = switch (parts[0]) {
            case "presence-accept" -> "pa";
            case "presence-decline" -> "pd";
            case "attendance-yes" -> "ay";
            case "attendance-no" -> "an";
            default -> null;
        };
        return verb == null ? Optional.empty() : Optional.of(Press.data("n", verb, parts[1]));
    }

    @Override
    public String name() {
        return "n";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void start(Chat chat, String args) {
        throw new Press.Stale("notices have no command");
    }

    @Override
    public void press(Chat chat, Press press) {
        if (chat.repeated()) {
            chat.toast(chat.t("telegram.already"));
            return;
        }
        String done = switch (press.verb()) {
            case "pa" -> offer(chat, new PresenceId(press.longArg(0)), true);
            case "pd" -> offer(chat, new PresenceId(press.longArg(0)), false);
            case "ay", "an" -> {
                boolean coming = press.verb().equals("ay");
                attendance.answer(new AnswerAttendance(new BookingId(press.longArg(0)), coming), chat.me());
                yield chat.t(coming ? "telegram.notice.coming" : "telegram.notice.not-coming");
            }
            default -> throw new Press.Stale(press.verb());
        };
        chat.acted();
        chat.toast(done);
        chat.show(Screen.of(done));
    }

    private String offer(Chat chat, PresenceId id, boolean accept) {
        PresenceView presence = desks.presence(id, chat.me());
        if (presence.status() != PresenceStatus.OFFERED) {
            String gone = chat.t("telegram.notice.offer-gone");
            chat.alert(gone);
            return gone;
        }
        try {
            PresenceView after = accept ? desks.accept(id, chat.me()) : desks.decline(id, chat.me());
            String desk = presence.deskName() == null ? "" : presence.deskName();
            return accept ? chat.t("telegram.notice.accepted", desk, DeskPicker.format(chat, after.day()))
                    : chat.t("telegram.notice.declined", desk, DeskPicker.format(chat, after.day()));
        } catch (ProblemException problem) {
            if (problem.status().value() == 409) {
                String gone = chat.t("telegram.notice.offer-gone");
                chat.alert(gone);
                return gone;
            }
            throw problem;
        }
    }
}
