package dev.allot.notification;

import dev.allot.identity.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Contributes a person's events to their calendar feed, implemented by the modules that own them
 * (bookings first), so that the feed needs no knowledge of what the events are.
 */
public interface CalendarEntrySource {

    /** The person's entries that overlap {@code [from, to)}, at most {@code limit} of them. */
    List<CalendarEntry> entries(UserId owner, Instant from, Instant to, int limit);
}
