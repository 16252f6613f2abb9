package dev.allot.booking.web;

import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.UserId;
import dev.allot.space.DailyHours;
import dev.allot.space.OpeningHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One resource's day as the pages draw it, in the site's wall-clock time: a window of hours and,
 * inside it, busy blocks, free gaps one can book, and time already past. Positions are minutes of
 * the local day (0 to 1440), so that a daylight-saving day still reads 07:00 to 21:00.
 *
 * @param closed the site has opening hours, but none on this weekday
 * @param hours the whole hours inside the window, for the scale
 * @param nowMinute where "now" is, when it is inside the window
 */
record PageTimeline(LocalDate date, boolean closed, int fromMinute, int toMinute, List<Segment> segments,
        List<Integer> hours, @Nullable Integer nowMinute) {

    static final int DAY = 24 * 60;
    /** Sites open around the clock show office hours, widened to any booking outside them. */
    static final int DEFAULT_OPENS = 7 * 60;
    static final int DEFAULT_CLOSES = 21 * 60;
    /** Free time starts on a quarter hour and shorter gaps are not offered: no rule allows less. */
    static final int SLOT = 15;

    enum Kind {
        BUSY, PENDING, FREE, PAST;

        String css() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A stretch of the day. Free ones carry the times a booking link suggests ({@code bookEnd} is
     * "00:00" for midnight at the end of the day, as the booking form reads it).
     */
    record Segment(Kind kind, int start, int end, @Nullable BookingView booking, boolean mine) {

        String startTime() {
            return label(start);
        }

        String endTime() {
            return label(end);
        }

        boolean bookable() {
            return kind == Kind.FREE && end - start >= SLOT;
        }

        String bookStart() {
            return param(start);
        }

        /** The suggested end: the whole gap, or at most {@code minutes} of it when minutes > 0. */
        String bookEnd(int minutes) {
            return param(minutes > 0 ? Math.min(end, start + minutes) : end);
        }
    }

    static PageTimeline of(LocalDate date, ZoneId zone, OpeningHours openingHours, List<BookingView> bookings,
            @Nullable UserId me, Instant now) {
        List<Segment> busy = bookings.stream()
                .filter(booking -> booking.status().active())
                .map(booking -> new Segment(booking.status() == BookingStatus.PENDING ? Kind.PENDING : Kind.BUSY,
                        minuteOf(booking.startsAt(), date, zone), minuteOf(booking.endsAt(), date, zone), booking,
                        booking.bookedBy().equals(me)))
                .filter(segment -> segment.end() > segment.start())
                .sorted(Comparator.comparingInt(Segment::start))
                .toList();
        Optional<DailyHours> hours = openingHours.days().stream().filter(h -> h.day() == date.getDayOfWeek()).findFirst();
        boolean closed = !openingHours.alwaysOpen() && hours.isEmpty();
        int from = hours.map(h -> minutes(h.opens())).orElse(closed ? DAY : DEFAULT_OPENS);
        int to = hours.map(h -> minutes(h.closes())).orElse(closed ? 0 : DEFAULT_CLOSES);
        for (Segment segment : busy) {
            from = Math.min(from, segment.start() / 60 * 60);
            to = Math.max(to, Math.min(DAY, (segment.end() + 59) / 60 * 60));
        }
        if (from >= to) {
            return new PageTimeline(date, closed, 0, 0, List.of(), List.of(), null);
        }
        int nowMinute = minuteOf(now, date, zone);
        List<Segment> segments = new ArrayList<>();
        int cursor = from;
        for (Segment segment : busy) {
            addGap(segments, cursor, segment.start(), nowMinute);
            segments.add(segment);
            cursor = Math.max(cursor, segment.end());
        }
        addGap(segments, cursor, to, nowMinute);
        List<Integer> scale = new ArrayList<>();
        for (int hour = (from + 59) / 60 * 60; hour < to; hour += 60) {
            scale.add(hour);
        }
        Integer now0 = nowMinute > from && nowMinute < to ? nowMinute : null;
        return new PageTimeline(date, closed, from, to, List.copyOf(segments), List.copyOf(scale), now0);
    }

    /** A gap: what lies before {@code now} is past; free time starts on the next quarter hour. */
    private static void addGap(List<Segment> segments, int start, int end, int now) {
        if (end <= start) {
            return;
        }
        int freeFrom = now <= start ? start : Math.min(end, (now + SLOT - 1) / SLOT * SLOT);
        if (freeFrom > start) {
            segments.add(new Segment(Kind.PAST, start, freeFrom, null, false));
        }
        if (end > freeFrom) {
            segments.add(new Segment(Kind.FREE, freeFrom, end, null, false));
        }
    }

    /** The minute of {@code date} (in the zone's wall-clock time) at which the instant falls, clamped to the day. */
    static int minuteOf(Instant instant, LocalDate date, ZoneId zone) {
        if (!instant.isAfter(date.atStartOfDay(zone).toInstant())) {
            return 0;
        }
        if (!instant.isBefore(date.plusDays(1).atStartOfDay(zone).toInstant())) {
            return DAY;
        }
        return minutes(instant.atZone(zone).toLocalTime());
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    static String label(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }

    static String param(int minute) {
        return label(minute % DAY);
    }

    boolean empty() {
        return toMinute <= fromMinute;
    }

    boolean hasFreeTime() {
        return segments.stream().anyMatch(Segment::bookable);
    }

    String fromTime() {
        return label(fromMinute);
    }

    String toTime() {
        return label(toMinute);
    }

    /** Where a segment sits on the bar, as an inline style. */
    String style(Segment segment) {
        return "left:%s%%;width:%s%%".formatted(percent(segment.start() - fromMinute),
                percent(segment.end() - segment.start()));
    }

    String at(int minute) {
        return "left:%s%%".formatted(percent(minute - fromMinute));
    }

    private String percent(int minutes) {
        return String.format(Locale.ROOT, "%.3f", 100.0 * minutes / (toMinute - fromMinute));
    }
}
