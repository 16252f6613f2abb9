package dev.allot.notification;

import dev.allot.identity.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A notification any module sends through {@link Notifications#send}: one copy per recipient,
 * worded in each recipient's language when it is delivered, through the channels they chose for its
 * kind. Build it with {@link #builder}.
 *
 * @param kind a registered {@link NotificationKind}'s id
 * @param occurrence tells apart notifications of one kind about one subject that may repeat (a
 *     second change, the reminder a day and the one an hour before); empty when there is one
 * @param body sentences, joined with a space
 * @param link a path in the web application
 * @param actor who caused it: never notified of it (but see {@code actorReceipt}); null when nobody did
 * @param zone the subject's zone: times are written in it for people who have no home site
 * @param calendarEntry sent as an .ics attachment by email
 * @param deliverAt a later time to deliver it at (a reminder); {@link Notifications#withdraw} drops
 *     it until then
 * @param actorReceipt whether the actor, when among the recipients, still gets the calendar entry by
 *     email (a receipt for their calendar); nothing else of their own action reaches them
 */
public record NotificationRequest(List<UserId> recipients, String kind, NotificationSubject subject, String occurrence,
        NotificationText title, List<NotificationText> body, @Nullable String link, List<NotificationAction> actions,
        @Nullable UserId actor, ZoneId zone, @Nullable CalendarEntry calendarEntry, @Nullable Instant deliverAt,
        boolean actorReceipt) {

    public NotificationRequest {
        recipients = List.copyOf(recipients);
        body = List.copyOf(body);
        actions = List.copyOf(actions);
        if (occurrence.contains(":")) {
            throw new IllegalArgumentException("An occurrence has no ':': " + occurrence);
        }
    }

    public static Builder builder(String kind, NotificationSubject subject, NotificationText title, ZoneId zone) {
        return new Builder(kind, subject, title, zone);
    }

    public static final class Builder {

        private final String kind;
        private final NotificationSubject subject;
        private final NotificationText title;
        private final ZoneId zone;
        private final List<UserId> recipients = new ArrayList<>();
        private final List<NotificationText> body = new ArrayList<>();
        private final List<NotificationAction> actions = new ArrayList<>();
        private String occurrence = "";
        private @Nullable String link;
        private @Nullable UserId actor;
        private @Nullable CalendarEntry calendarEntry;
        private @Nullable Instant deliverAt;
        private boolean actorReceipt;

        private Builder(String kind, NotificationSubject subject, NotificationText title, ZoneId zone) {
            this.kind = kind;
            this.subject = subject;
            this.title = title;
            this.zone = zone;
        }

        public Builder to(UserId recipient) {
            recipients.add(recipient);
            return this;
        }

        public Builder to(List<UserId> more) {
            recipients.addAll(more);
            return this;
        }

        public Builder body(NotificationText sentence) {
            body.add(sentence);
            return this;
        }

        public Builder action(NotificationText label, String target) {
            actions.add(new NotificationAction(label, target));
            return this;
        }

        public Builder occurrence(String value) {
            occurrence = value;
            return this;
        }

        public Builder link(@Nullable String path) {
            link = path;
            return this;
        }

        public Builder actor(@Nullable UserId who) {
            actor = who;
            return this;
        }

        public Builder calendarEntry(@Nullable CalendarEntry entry) {
            calendarEntry = entry;
            return this;
        }

        /** The actor gets the calendar entry by email all the same: a receipt of their own booking, say. */
        public Builder receiptToActor() {
            actorReceipt = true;
            return this;
        }

        public Builder deliverAt(@Nullable Instant at) {
            deliverAt = at;
            return this;
        }

        public NotificationRequest build() {
            return new NotificationRequest(recipients, kind, subject, occurrence, title, body, link, actions, actor,
                    zone, calendarEntry, deliverAt, actorReceipt);
        }
    }
}
