package dev.allot.gathering.internal;

import static dev.allot.gathering.internal.GatheringNewsKinds.ANSWER;
import static dev.allot.gathering.internal.GatheringNewsKinds.CHANGED;
import static dev.allot.gathering.internal.GatheringNewsKinds.INVITED;
import static dev.allot.gathering.internal.GatheringNewsKinds.RATE;
import static dev.allot.gathering.internal.GatheringNewsKinds.REMINDER;
import static dev.allot.gathering.internal.GatheringNewsKinds.REQUEST;

import dev.allot.gathering.GatheringCancelled;
import dev.allot.gathering.GatheringChanged;
import dev.allot.gathering.GatheringEvent;
import dev.allot.gathering.GatheringPublished;
import dev.allot.gathering.ParticipationChanged;
import dev.allot.gathering.ParticipationState;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.notification.NotificationRequest;
import dev.allot.notification.NotificationSubject;
import dev.allot.notification.NotificationText;
import dev.allot.notification.Notifications;
import dev.allot.notification.TimeRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of each change, inside the transaction that made it: the host of a request, a
 * withdrawal or an answer to their invitation; the guest of an invitation or the host's answer; everyone
 * accepted or invited of a change or a cancellation. Each person at an event has reminders a day and an
 * hour before it and, at its end, "rate this event", delivered later and withdrawn when they leave or the
 * event is called off; a new time sets them again. Every message links the event's short link.
 */
@Component
class GatheringNews {

    static final List<Duration> REMINDERS = List.of(Duration.ofDays(1), Duration.ofHours(1));
    /** Per person at an event, so that one person's reminders can be withdrawn without the others'. */
    private static final String SEAT = "gathering-seat";
    private static final String SUBJECT = "gathering";

    private final GatheringRepository gatherings;
    private final ParticipantRepository participants;
    private final Notifications notifications;
    private final Identity identity;
    private final Clock clock;

    GatheringNews(GatheringRepository gatherings, ParticipantRepository participants, Notifications notifications,
            Identity identity, Clock clock) {
        this.gatherings = gatherings;
        this.participants = participants;
        this.notifications = notifications;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener
    void on(GatheringEvent event) {
        GatheringRepository.Row g = gatherings.any(event.gathering().value()).orElse(null);
        if (g == null) {
            return;
        }
        switch (event) {
            case GatheringPublished published -> setReminders(g, new UserId(g.hostId()));
            case ParticipationChanged changed -> participation(g, changed);
            case GatheringChanged changed -> changed(g, changed);
            case GatheringCancelled cancelled -> {
                UserId host = new UserId(g.hostId());
                List<UserId> told = new ArrayList<>(people(g, EnumSet.of(ParticipationState.ACCEPTED,
                        ParticipationState.INVITED, ParticipationState.REQUESTED)));
                told.add(host);   // when an admin called it off; the actor is never told of their own doing
                send(news(CHANGED, "cancelled", g, cancelled.actor()).to(told).occurrence("cancelled"));
                for (UserId person : seated(g)) {
                    withdrawReminders(g, person);
                }
            }
        }
    }

    private void participation(GatheringRepository.Row g, ParticipationChanged c) {
        UserId host = new UserId(g.hostId());
        boolean byHost = c.actor().equals(host);
        String occurrence = String.valueOf(c.at().toEpochMilli());
        switch (c.to()) {
            case REQUESTED -> send(news(REQUEST, "requested", g, c.person()).to(host).occurrence(occurrence));
            case INVITED -> send(news(INVITED, "invited", g, host).to(c.person()).occurrence(occurrence));
            case ACCEPTED -> {
                if (byHost) {
                    send(news(ANSWER, "accepted", g, host).to(c.person()).occurrence(occurrence));
                } else {
                    send(news(ANSWER, "invitation-accepted", g, c.person()).to(host).occurrence(occurrence));
                }
                setReminders(g, c.person());
            }
            case REJECTED -> {
                send(news(ANSWER, "rejected", g, host).to(c.person()).occurrence(occurrence));
                withdrawReminders(g, c.person());
            }
            case DECLINED -> send(news(ANSWER, "declined", g, c.person()).to(host).occurrence(occurrence));
            case WITHDRAWN -> {
                send(news(ANSWER, "withdrawn", g, c.person()).to(host).occurrence(occurrence));
                withdrawReminders(g, c.person());
            }
        }
    }

    private void changed(GatheringRepository.Row g, GatheringChanged c) {
        List<String> fields = c.changed().stream().filter(field -> !field.equals("state")).toList();
        if (fields.isEmpty()) {
            return;   // closed or reopened: nothing changes for those who come
        }
        NotificationRequest.Builder news = news(CHANGED, "changed", g, c.actor())
                .to(people(g, EnumSet.of(ParticipationState.ACCEPTED, ParticipationState.INVITED)))
                .occurrence(String.valueOf(c.at().toEpochMilli()));
        for (String field : fields) {
            news.body(NotificationText.of("news.gathering-changed.field." + field));
        }
        send(news);
        if (fields.contains("startsAt") || fields.contains("endsAt") || fields.contains("title")) {
            for (UserId person : seated(g)) {
                withdrawReminders(g, person);
                setReminders(g, person);
            }
        }
    }

    private void setReminders(GatheringRepository.Row g, UserId person) {
        Instant now = clock.instant();
        for (Duration before : REMINDERS) {
            Instant due = Instant.ofEpochMilli(g.startsAt()).minus(before);
            if (due.isAfter(now)) {
                send(seatNews(REMINDER, g, person).occurrence(String.valueOf(before.toMinutes())).deliverAt(due));
            }
        }
        send(seatNews(RATE, g, person).deliverAt(Instant.ofEpochMilli(g.endsAt())));
    }

    private void withdrawReminders(GatheringRepository.Row g, UserId person) {
        notifications.withdraw(seat(g, person), REMINDER);
        notifications.withdraw(seat(g, person), RATE);
    }

    private NotificationRequest.Builder seatNews(String kind, GatheringRepository.Row g, UserId person) {
        return NotificationRequest.builder(kind, seat(g, person), NotificationText.of("news." + kind + ".title", g.title()),
                        ZoneId.of(g.timeZone()))
                .to(person)
                .body(NotificationText.of("news." + kind + ".body", g.title(), when(g), place(g)))
                .link(link(g));
    }

    /** {0} the person who did it, {1} the event's title, {2} when, {3} where. */
    private NotificationRequest.Builder news(String kind, String what, GatheringRepository.Row g, UserId by) {
        String name = identity.findUser(by).map(UserView::displayName).orElse("");
        return NotificationRequest.builder(kind, NotificationSubject.of(SUBJECT, g.id()),
                        NotificationText.of("news.gathering." + what + ".title", name, g.title()), ZoneId.of(g.timeZone()))
                .actor(by)
                .body(NotificationText.of("news.gathering." + what + ".body", name, g.title(), when(g), place(g)))
                .link(link(g));
    }

    private void send(NotificationRequest.Builder news) {
        NotificationRequest request = news.build();
        if (!request.recipients().isEmpty()) {
            notifications.send(request);
        }
    }

    private List<UserId> people(GatheringRepository.Row g, Set<ParticipationState> states) {
        return participants.of(g.id(), states).stream().filter(p -> !p.host()).map(p -> new UserId(p.personId())).toList();
    }

    /** Everyone with a seat, the host among them. */
    private List<UserId> seated(GatheringRepository.Row g) {
        return participants.of(g.id(), EnumSet.of(ParticipationState.ACCEPTED)).stream()
                .map(p -> new UserId(p.personId())).toList();
    }

    static String link(GatheringRepository.Row g) {
        return "/e/" + g.code();
    }

    private static NotificationSubject seat(GatheringRepository.Row g, UserId person) {
        return new NotificationSubject(SEAT, g.id() + "-" + person.value());
    }

    private static TimeRange when(GatheringRepository.Row g) {
        return new TimeRange(Instant.ofEpochMilli(g.startsAt()), Instant.ofEpochMilli(g.endsAt()));
    }

    private static String place(GatheringRepository.Row g) {
        return g.place() == null ? "" : g.place();
    }
}
