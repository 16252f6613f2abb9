package dev.allot.telegram.internal;

import dev.allot.gathering.GatheringId;
import dev.allot.gathering.GatheringQuery;
import dev.allot.gathering.GatheringStatus;
import dev.allot.gathering.GatheringView;
import dev.allot.gathering.Gatherings;
import dev.allot.gathering.ParticipantView;
import dev.allot.gathering.ParticipationState;
import dev.allot.identity.UserId;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.space.Spaces;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code /events}, {@code /start e_<code>} and the "Open" button under event news: the upcoming
 * community events the person may see, one event with its seats and their standing, and the buttons to
 * ask to join, withdraw, answer an invitation, or, for its host, accept and reject who asked. Every rule
 * is the gathering module's.
 */
@Component
@OnTelegram
class EventFlow implements ChatFlow, StartFlow.StartCode {

    static final String NAME = "ev";
    static final int PAGE = 6;
    static final int REQUESTS_SHOWN = 5;
    private static final String START_PREFIX = "e_";

    private final Gatherings gatherings;
    private final Spaces spaces;

    EventFlow(Gatherings gatherings, Spaces spaces) {
        this.gatherings = gatherings;
        this.spaces = spaces;
    }

    /** The button under a notification whose link is an event's short link ({@code /e/{code}}). */
    static Optional<Keyboard.Key> openButton(String label, String link) {
        if (!link.startsWith("/e/") || !link.substring(3).matches("[2-9a-zA-Z]{8}")) {
            return Optional.empty();
        }
        return Optional.of(Keyboard.Key.of(label, Press.data(NAME, "c", link.substring(3))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> commands() {
        return List.of("events");
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void start(Chat chat, String args) {
        chat.show(list(chat, 0));
    }

    @Override
    public boolean accepts(String code) {
        return code.startsWith(START_PREFIX);
    }

    @Override
    public void open(Chat chat, String code) {
        chat.show(event(chat, gatherings.byCode(code.substring(START_PREFIX.length()), chat.me())));
    }

    @Override
    public void press(Chat chat, Press press) {
        switch (press.verb()) {
            case "p" -> chat.show(list(chat, press.intArg(0)));
            case "c" -> chat.show(event(chat, gatherings.byCode(press.arg(0), chat.me())));
            case "o" -> chat.show(event(chat, gatherings.gathering(id(press), chat.me())));
            case "ask" -> act(chat, press, () -> gatherings.ask(id(press), chat.me()));
            case "wd" -> act(chat, press, () -> gatherings.withdraw(id(press), chat.me()));
            case "ai" -> act(chat, press, () -> gatherings.acceptInvitation(id(press), chat.me()));
            case "dc" -> act(chat, press, () -> gatherings.declineInvitation(id(press), chat.me()));
            case "ha" -> act(chat, press, () -> gatherings.accept(id(press), new UserId(press.longArg(1)), chat.me()));
            case "hr" -> act(chat, press, () -> gatherings.reject(id(press), new UserId(press.longArg(1)), chat.me()));
            default -> throw new Press.Stale(press.verb());
        }
    }

    private void act(Chat chat, Press press, Runnable action) {
        if (chat.repeated()) {
            chat.toast(chat.t("telegram.already"));
            return;
        }
        action.run();
        chat.acted();
        chat.toast(chat.t("telegram.events.done." + press.verb()));
        chat.show(event(chat, gatherings.gathering(id(press), chat.me())));
    }

    private static GatheringId id(Press press) {
        return new GatheringId(press.longArg(0));
    }

    private Screen list(Chat chat, int page) {
        Page<GatheringView> found = gatherings.list(GatheringQuery.upcoming(), new PageRequest(Math.max(0, page), PAGE),
                chat.me());
        StringBuilder text = new StringBuilder(chat.t(found.items().isEmpty() ? "telegram.events.none" : "telegram.events.title"));
        Keyboard.Builder keys = Keyboard.builder();
        int n = page * PAGE;
        for (GatheringView g : found.items()) {
            n++;
            text.append("\n\n").append(n).append(". ").append(g.title()).append("\n   ").append(when(chat, g))
                    .append(" · ").append(chat.t("telegram.events.seats", g.seatsLeft(), g.seats()));
            keys.row(Keyboard.Key.of(n + " · " + g.title(), Press.data(NAME, "o", g.id().value())));
        }
        keys.row();
        if (page > 0) {
            keys.key(Keyboard.Key.of("‹ " + chat.t("telegram.previous"), Press.data(NAME, "p", page - 1)));
        }
        if ((long) (page + 1) * PAGE < found.total()) {
            keys.key(Keyboard.Key.of(chat.t("telegram.next") + " ›", Press.data(NAME, "p", page + 1)));
        }
        keys.row(MenuFlow.home(chat));
        return Screen.of(text.toString(), keys.build());
    }

    private Screen event(Chat chat, GatheringView g) {
        long id = g.id().value();
        StringBuilder text = new StringBuilder(g.title());
        if (g.film() != null) {
            text.append("\n🎬 ").append(g.film().title()).append(g.film().year() == null ? "" : " (" + g.film().year() + ")");
        }
        text.append("\n🕖 ").append(when(chat, g));
        if (g.place() != null) {
            text.append("\n📍 ").append(g.place());
        } else if (g.room() != null) {
            spaces.findResource(g.room()).ifPresent(room -> text.append("\n📍 ").append(room.name()).append(" · ")
                    .append(room.siteName()));
        }
        text.append("\n").append(chat.t("telegram.events.host", g.host().displayName()));
        if (g.hostRating().count() > 0) {
            text.append(" ").append(chat.t("event.rating", g.hostRating().average(), g.hostRating().count()));
        }
        text.append("\n").append(chat.t("event.status." + g.status())).append(" · ")
                .append(chat.t("telegram.events.seats", g.seatsLeft(), g.seats()));
        boolean host = g.hostedBy(chat.me().id());
        if (!host && g.myParticipation() != null) {
            text.append("\n\n").append(chat.t("event.my." + g.myParticipation()));
        }
        boolean live = g.status() != GatheringStatus.CANCELLED && g.status() != GatheringStatus.DONE
                && chat.now() < g.startsAt().toEpochMilli();
        Keyboard.Builder keys = Keyboard.builder();
        if (live && !host) {
            ParticipationState mine = g.myParticipation();
            if (mine == null && g.status() != GatheringStatus.CLOSED) {
                keys.row(Keyboard.Key.of(chat.t("event.ask"), Press.data(NAME, "ask", id)));
            } else if (mine == ParticipationState.INVITED) {
                keys.row(Keyboard.Key.of(chat.t("event.acceptInvitation"), Press.data(NAME, "ai", id)),
                        Keyboard.Key.of(chat.t("event.decline"), Press.data(NAME, "dc", id)));
            } else if (mine == ParticipationState.REQUESTED || mine == ParticipationState.ACCEPTED) {
                keys.row(Keyboard.Key.of(chat.t(mine == ParticipationState.ACCEPTED ? "event.giveUpSeat" : "event.withdraw"),
                        Press.data(NAME, "wd", id)));
            }
        }
        if (live && host) {
            List<ParticipantView> asked = gatherings.participants(g.id(), chat.me()).stream()
                    .filter(p -> p.state() == ParticipationState.REQUESTED).toList();
            if (!asked.isEmpty()) {
                text.append("\n\n").append(chat.t("telegram.events.asked", asked.size()));
            }
            for (ParticipantView p : asked.subList(0, Math.min(REQUESTS_SHOWN, asked.size()))) {
                text.append("\n• ").append(p.person().displayName());
                keys.row(Keyboard.Key.of("✓ " + p.person().displayName(), Press.data(NAME, "ha", id, p.person().id().value())),
                        Keyboard.Key.of("✗", Press.data(NAME, "hr", id, p.person().id().value())));
            }
        }
        keys.row(Keyboard.Key.of(chat.t("telegram.events.all"), Press.data(NAME, "p", 0)), MenuFlow.home(chat));
        return Screen.of(text.toString(), keys.build());
    }

    private static String when(Chat chat, GatheringView g) {
        ZonedDateTime start = g.startsAt().atZone(g.timeZone());
        ZonedDateTime end = g.endsAt().atZone(g.timeZone());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", chat.locale());
        return start.format(day) + "–" + end.format(DateTimeFormatter.ofPattern("HH:mm", chat.locale())) + " ("
                + g.timeZone().getId() + ")";
    }
}
