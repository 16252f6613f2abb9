package dev.allot.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One day in a site's calendar: from its local midnight to the next, as instants. A day is 23 or
 * 25 hours long when daylight saving starts or ends.
 */
public record SiteDay(LocalDate date, ZoneId zone) {

    /** Today where the site is. */
    public static SiteDay today(Clock clock, ZoneId zone) {
        return new SiteDay(LocalDate.now(clock.withZone(zone)), zone);
    }

    public Instant start() {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The start of the next day: the day is [start, end). */
    public Instant end() {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
