package dev.allot.notification;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event in a calendar: in a person's calendar feed, or attached to an email as an .ics file. A
 * series is one entry with its {@code recurrence} and the starts it leaves out ({@code exceptions}); an
 * occurrence that differs from its series is an entry of the same uid with the start it had in the series
 * as {@code recurrenceId}.
 *
 * @param uid unique within its sender, e.g. {@code booking-42}; the feed adds {@code @host}
 * @param zone the zone whose wall-clock times calendar apps show
 * @param recurrence an RFC 5545 RRULE from {@code start} (an UNTIL in UTC), or null for a single event
 * @param exceptions starts of the recurrence that are not part of it (EXDATE)
 * @param recurrenceId for an occurrence that differs from its series: its start in the series
 */
public record CalendarEntry(String uid, String summary, Instant start, Instant end, ZoneId zone,
        @Nullable String location, @Nullable String description, Status status, Instant lastModified,
        @Nullable String recurrence, List<Instant> exceptions, @Nullable Instant recurrenceId)
        implements Serializable {

    public enum Status {
        TENTATIVE, CONFIRMED, CANCELLED
    }

    public CalendarEntry {
        // null when read from a delivery stored before series existed
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** A single event. */
    public CalendarEntry(String uid, String summary, Instant start, Instant end, ZoneId zone,
            @Nullable String location, @Nullable String description, Status status, Instant lastModified) {
        this(uid, summary, start, end, zone, location, description, status, lastModified, null, List.of(), null);
    }
}
