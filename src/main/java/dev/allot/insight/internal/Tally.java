package dev.allot.insight.internal;

import dev.allot.space.ResourceKind;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Changes to the rollups, summed in memory before they are written: each booking adds its share
 * ({@code sign} +1) or takes the share it had out again (-1). Hours are local hours of the site's
 * zone, stepped on the instant line, so a 30-minute offset and daylight-saving days come out right.
 */
final class Tally {

    record HourKey(long resourceId, long hourStart) {}

    static final class Hour {
        final long siteId;
        final int localDay;
        final int weekday;
        final int localHour;
        long bookedMs;
        long usedMs;

        Hour(long siteId, int localDay, int weekday, int localHour) {
            this.siteId = siteId;
            this.localDay = localDay;
            this.weekday = weekday;
            this.localHour = localHour;
        }

        boolean empty() {
            return bookedMs == 0 && usedMs == 0;
        }
    }

    record SiteHourKey(long siteId, ResourceKind kind, long hourStart) {}

    record DayKey(long resourceId, int localDay) {}

    static final class Day {
        final long siteId;
        long bookedMs;
        long usedMs;
        int pending;
        int confirmed;
        int cancelled;
        int rejected;
        int checkedIn;

        Day(long siteId) {
            this.siteId = siteId;
        }

        boolean empty() {
            return bookedMs == 0 && usedMs == 0 && pending == 0 && confirmed == 0 && cancelled == 0 && rejected == 0
                    && checkedIn == 0;
        }
    }

    final Map<HourKey, Hour> hours = new HashMap<>();
    final Map<SiteHourKey, Hour> siteHours = new HashMap<>();
    final Map<DayKey, Day> days = new HashMap<>();

    void add(Stay stay) {
        count(stay, 1);
    }

    void remove(Stay stay) {
        count(stay, -1);
    }

    boolean isEmpty() {
        return hours.values().stream().allMatch(Hour::empty) && siteHours.values().stream().allMatch(Hour::empty) && days.values().stream().allMatch(Day::empty);
    }

    private void count(Stay stay, int sign) {
        ZonedDateTime start = Instant.ofEpochMilli(stay.startsAt()).atZone(stay.zone());
        Day day = days.computeIfAbsent(new DayKey(stay.resourceId(), (int) start.toLocalDate().toEpochDay()),
                key -> new Day(stay.siteId()));
        switch (stay.status()) {
            case PENDING -> day.pending += sign;
            case CONFIRMED -> day.confirmed += sign;
            case CANCELLED -> day.cancelled += sign;
            case REJECTED -> day.rejected += sign;
        }
        if (stay.checkedIn()) {
            day.checkedIn += sign;
        }
        if (!stay.booked()) {
            return;
        }
        long usedFrom = stay.checkedIn() ? stay.usedFrom() : stay.endsAt();
        ZonedDateTime hourStart = start.truncatedTo(ChronoUnit.HOURS);
        while (hourStart.toInstant().toEpochMilli() < stay.endsAt()) {
            ZonedDateTime next = hourStart.plusHours(1);
            long from = hourStart.toInstant().toEpochMilli();
            long to = next.toInstant().toEpochMilli();
            long booked = overlap(from, to, stay.startsAt(), stay.endsAt());
            long used = overlap(from, to, usedFrom, stay.endsAt());
            int localDay = (int) hourStart.toLocalDate().toEpochDay();
            int weekday = hourStart.getDayOfWeek().getValue();
            int localHour = hourStart.getHour();
            Hour hour = hours.computeIfAbsent(new HourKey(stay.resourceId(), from),
                    key -> new Hour(stay.siteId(), localDay, weekday, localHour));
            hour.bookedMs += sign * booked;
            hour.usedMs += sign * used;
            Hour ofSite = siteHours.computeIfAbsent(new SiteHourKey(stay.siteId(), stay.kind(), from),
                    key -> new Hour(stay.siteId(), localDay, weekday, localHour));
            ofSite.bookedMs += sign * booked;
            ofSite.usedMs += sign * used;
            // Time counts on the local day it falls on, not the booking's first day.
            Day ofHour = days.computeIfAbsent(new DayKey(stay.resourceId(), localDay), key -> new Day(stay.siteId()));
            ofHour.bookedMs += sign * booked;
            ofHour.usedMs += sign * used;
            hourStart = next;
        }
    }

    private static long overlap(long from, long to, long start, long end) {
        return Math.max(0, Math.min(to, end) - Math.max(from, start));
    }
}
