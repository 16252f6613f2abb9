package dev.allot.notification;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One event in a calendar: in a person's calendar feed, or attached to an email as an .ics file.
 *
 * @param uid unique within its sender, e.g. {@code booking-42}; the feed adds {@code @host}
 * @param zone the zone whose wall-clock times calendar apps show
 */
public record CalendarEntry(String uid, String summary, Instant start, Instant end, ZoneId zone,
        @Nullable String location, @Nullable String description, Status status, Instant lastModified)
        implements Serializable {

    public enum Status {
        TENTATIVE, CONFIRMED, CANCELLED
    }
}
