package dev.allot.insight.internal;

import dev.allot.insight.Period;
import dev.allot.space.DailyHours;
import dev.allot.space.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long one resource of a site is open in each weekday-and-hour cell of a period, in the site's
 * zone: every real hour of the period counts once (a spring-forward day has 23, a fall-back day 25),
 * cut to the day's opening hours, which are wall-clock times.
 */
final class OpenTime {

    private OpenTime() {}

    /** Open milliseconds of each local day of the period, in order. */
    static long[] byDay(OpeningHours opening, ZoneId zone, Period period) {
        long[] open = new long[(int) period.days()];
        for (int i = 0; i < open.length; i++) {
            LocalDate date = period.from().plusDays(i);
            for (long cell : byWeekdayHour(opening, zone, new Period(date, date))) {
                open[i] += cell;
            }
        }
        return open;
    }

    /** Open milliseconds per cell, indexed (weekday - 1) * 24 + local hour. */
    static long[] byWeekdayHour(OpeningHours opening, ZoneId zone, Period period) {
        Map<DayOfWeek, DailyHours> byDay = new EnumMap<>(DayOfWeek.class);
        opening.days().forEach(day -> byDay.put(day.day(), day));
        long[] open = new long[7 * 24];
        for (LocalDate date = period.from(); !date.isAfter(period.to()); date = date.plusDays(1)) {
            long dayStart = date.atStartOfDay(zone).toInstant().toEpochMilli();
            long dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            long opens;
            long closes;
            if (opening.alwaysOpen()) {
                opens = dayStart;
                closes = dayEnd;
            } else {
                DailyHours hours = byDay.get(date.getDayOfWeek());
                if (hours == null) {
                    continue;
                }
                opens = date.atTime(hours.opens()).atZone(zone).toInstant().toEpochMilli();
                closes = date.atTime(hours.closes()).atZone(zone).toInstant().toEpochMilli();
            }
            ZonedDateTime hour = date.atStartOfDay(zone);
            while (hour.toInstant().toEpochMilli() < dayEnd) {
                ZonedDateTime next = hour.plusHours(1);
                long from = Math.max(hour.toInstant().toEpochMilli(), opens);
                long to = Math.min(next.toInstant().toEpochMilli(), closes);
                if (to > from) {
                    open[(hour.getDayOfWeek().getValue() - 1) * 24 + hour.getHour()] += to - from;
                }
                hour = next;
            }
        }
        return open;
    }
}
