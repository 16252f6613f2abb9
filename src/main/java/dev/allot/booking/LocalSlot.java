package dev.allot.booking;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A range of wall-clock time on one day of a site's calendar, e.g. Tuesday 09:00–10:30, and the
 * one rule for turning it into instants in the site's zone: a time that daylight saving skips moves
 * forward (02:30 on the spring-forward night is 03:30), a time that occurs twice is its first
 * occurrence, and an end of 00:00 after a later start is the midnight that ends the day.
 */
public record LocalSlot(@NotNull LocalDate date, @NotNull LocalTime start, @NotNull LocalTime end) {

    public ZonedDateTime startIn(ZoneId zone) {
        return at(date, start, zone);
    }

    public ZonedDateTime endIn(ZoneId zone) {
        boolean midnight = end.equals(LocalTime.MIDNIGHT) && start.isAfter(LocalTime.MIDNIGHT);
        return at(midnight ? date.plusDays(1) : date, end, zone);
    }

    public Instant startsAt(ZoneId zone) {
        return startIn(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return endIn(zone).toInstant();
    }

    /** A wall-clock time of a day in a zone; a time skipped by daylight saving moves forward. */
    public static ZonedDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone);
    }
}
