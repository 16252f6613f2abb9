package dev.allot.insight;

import dev.allot.space.SiteId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/**
 * A meeting looking for a room: how many people, how long, what the room must have, at which site,
 * on which local days (both included, at most {@link #MAX_DAYS}), and how many suggestions to give.
 */
public record SlotSearch(SiteId siteId, int attendees, Duration duration, Set<String> amenities, LocalDate from,
        LocalDate to, int limit) {

    public static final int MAX_DAYS = 31;
    public static final int MAX_LIMIT = 50;

    public SlotSearch {
        amenities = Set.copyOf(amenities);
    }
}
