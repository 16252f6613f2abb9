package dev.allot.booking.web;

import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.UserId;
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
 * inside it, busy blocks, free gaps one can book, time already past and hours the site is closed.
 * Positions are minutes of the local day (0 to 1440), so that a daylight-saving day still reads
 * 07:00 to 21:00.
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
        BUSY, PENDING, FREE, PAST, CLOSED;

        public String css() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A stretch of the day. Free ones carry the times a booking link suggests ({@code bookEnd} is
     * "00:00" for midnight at the end of the day, as the booking form reads it).
     */
    record Segment(Kind kind, int start, int end, @Nullable BookingView booking, boolean mine) {

        public String startTime() {
            return label(start);
        }

        public String endTime() {
            return label(end);
        }

        public boolean bookable() {
            return kind == Kind.FREE && end - start >= SLOT;
        }

        public String bookStart() {
            return param(start);
        }

        /** The suggested end: the whole gap, or at most {@code minutes} of it when minutes > 0. */
        public String bookEnd(int minutes) {
            return param(minutes > 0 ? Math.min(end, start + minutes) : end);
        }
    }

    /** The hours a bar shows, in minutes of the day. */
    record Window(int from, int to) {

        Window union(Window other) {
            return new Window(Math.min(from, other.from), Math.max(to, other.to));
        }
    }

    /** What one bar is drawn from: a day at a site, and the bookings of one resource around it. */
    record Day(LocalDate date, ZoneId zone, OpeningHours openingHours, List<BookingView> bookings) {

        /** When the site is open that day; empty when closed, the whole day when open around the clock. */
        Optional<Window> open() {
            if (openingHours.alwaysOpen()) {
                return Optional.of(new Window(0, DAY));
            }
            return openingHours.days().stream().filter(h -> h.day() == date.getDayOfWeek()).findFirst()
                    .map(h -> new Window(minutes(h.opens()), minutes(h.closes())));
        }

        /** The opening hours (office hours when open around the clock), widened to whole hours around bookings. */
        @Nullable Window window() {
            Window window = openingHours.alwaysOpen() ? new Window(DEFAULT_OPENS, DEFAULT_CLOSES) : open().orElse(null);
            for (Segment booking : busy(null)) {
                Window around = new Window(booking.start() / 60 * 60, Math.min(DAY, (booking.end() + 59) / 60 * 60));
                window = window == null ? around : window.union(around);
            }
            return window;
        }

        List<Segment> busy(@Nullable UserId me) {
            return bookings.stream()
                    .filter(booking -> booking.status().active())
                    .map(booking -> new Segment(booking.status() == BookingStatus.PENDING ? Kind.PENDING : Kind.BUSY,
                            minuteOf(booking.startsAt(), date, zone), minuteOf(booking.endsAt(), date, zone), booking,
                            booking.bookedBy().equals(me)))
                    .filter(segment -> segment.end() > segment.start())
                    .sorted(Comparator.comparingInt(Segment::start))
                    .toList();
        }
    }

    static PageTimeline of(LocalDate date, ZoneId zone, OpeningHours openingHours, List<BookingView> bookings,
            @Nullable UserId me, Instant now) {
        return alike(List.of(new Day(date, zone, openingHours, bookings)), me, now).getFirst();
    }

    /** Bars that share one window, so that their hours line up one above the other. */
    static List<PageTimeline> alike(List<Day> days, @Nullable UserId me, Instant now) {
        Window window = days.stream().map(Day::window).filter(java.util.Objects::nonNull).reduce(Window::union)
                .orElse(null);
        return days.stream().map(day -> of(day, window, me, now)).toList();
    }

    private static PageTimeline of(Day day, @Nullable Window window, @Nullable UserId me, Instant now) {
        Optional<Window> open = day.open();
        if (window == null) {
            return new PageTimeline(day.date(), open.isEmpty(), 0, 0, List.of(), List.of(), null);
        }
        int nowMinute = minuteOf(now, day.date(), day.zone());
        List<Segment> segments = new ArrayList<>();
        int cursor = window.from();
        for (Segment booking : day.busy(me)) {
            int start = Math.max(booking.start(), cursor);
            int end = Math.min(booking.end(), window.to());
            if (end <= start) {
                continue;
            }
            addGap(segments, cursor, start, open, nowMinute);
            segments.add(new Segment(booking.kind(), start, end, booking.booking(), booking.mine()));
            cursor = end;
        }
        addGap(segments, cursor, window.to(), open, nowMinute);
        List<Integer> scale = new ArrayList<>();
        for (int hour = (window.from() + 59) / 60 * 60; hour < window.to(); hour += 60) {
            scale.add(hour);
        }
        Integer nowInside = nowMinute > window.from() && nowMinute < window.to() ? nowMinute : null;
        return new PageTimeline(day.date(), open.isEmpty(), window.from(), window.to(), List.copyOf(segments),
                List.copyOf(scale), nowInside);
    }

    /** A gap between bookings: closed outside the opening hours; inside them past, then free. */
    private static void addGap(List<Segment> segments, int start, int end, Optional<Window> open, int now) {
        if (end <= start) {
            return;
        }
        int opens = open.map(Window::from).orElse(end);
        int closes = open.map(Window::to).orElse(end);
        add(segments, Kind.CLOSED, start, Math.min(end, opens));
        addOpenGap(segments, Math.max(start, opens), Math.min(end, closes), now);
        add(segments, Kind.CLOSED, Math.max(start, closes), end);
    }

    /** What lies before {@code now} is past; free time starts on the next quarter hour. */
    private static void addOpenGap(List<Segment> segments, int start, int end, int now) {
        if (end <= start) {
            return;
        }
        int freeFrom = now <= start ? start : Math.min(end, (now + SLOT - 1) / SLOT * SLOT);
        add(segments, Kind.PAST, start, freeFrom);
        add(segments, Kind.FREE, freeFrom, end);
    }

    private static void add(List<Segment> segments, Kind kind, int start, int end) {
        if (end > start) {
            segments.add(new Segment(kind, start, end, null, false));
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

    public boolean empty() {
        return toMinute <= fromMinute;
    }

    public boolean hasFreeTime() {
        return segments.stream().anyMatch(Segment::bookable);
    }

    public String hourLabel(int minute) {
        return label(minute);
    }

    public String fromTime() {
        return label(fromMinute);
    }

    public String toTime() {
        return label(toMinute);
    }

    /** Where a segment sits on the bar, as an inline style. */
    public String style(Segment segment) {
        return "left:%s%%;width:%s%%".formatted(percent(segment.start() - fromMinute),
                percent(segment.end() - segment.start()));
    }

    public String at(int minute) {
        return "left:%s%%".formatted(percent(minute - fromMinute));
    }

    private String percent(int minutes) {
        return String.format(Locale.ROOT, "%.3f", 100.0 * minutes / (toMinute - fromMinute));
    }
}
