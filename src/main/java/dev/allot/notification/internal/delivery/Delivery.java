package dev.allot.notification.internal.delivery;

import dev.allot.identity.UserId;
import dev.allot.notification.CalendarEntry;
import dev.allot.notification.NotificationAction;
import dev.allot.notification.NotificationRequest;
import dev.allot.notification.NotificationText;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recipient's copy of a notification, not yet worded: kept as the data of the tasks that
 * deliver it (so it stays small and serializable), worded when it is delivered.
 */
public record Delivery(String kind, String subjectType, String subjectId, String occurrence, long recipientId,
        NotificationText title, List<NotificationText> body, @Nullable String link, List<NotificationAction> actions,
        ZoneId zone, @Nullable CalendarEntry calendarEntry) implements Serializable {

    public static Delivery of(NotificationRequest request, UserId recipient) {
        return new Delivery(request.kind(), request.subject().type(), request.subject().id(), request.occurrence(),
                recipient.value(), request.title(), request.body(), request.link(), request.actions(), request.zone(),
                request.calendarEntry());
    }

    /**
     * One delivery per kind, subject, recipient and occurrence, e.g.
     * {@code booking-reminder:booking-42:7:60}: scheduling it twice, or running it twice, does nothing more.
     */
    public String key() {
        return prefix(kind, subjectType, subjectId) + recipientId + (occurrence.isEmpty() ? "" : ":" + occurrence);
    }

    /** What the keys of every delivery of this kind about this subject start with. */
    public static String prefix(String kind, String subjectType, String subjectId) {
        return kind + ":" + subjectType + "-" + subjectId + ":";
    }
}
