package dev.allot.booking.internal;

import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.LocalSlot;
import dev.allot.booking.SeriesId;
import dev.allot.identity.UserId;
import dev.allot.notification.CalendarEntry;
import dev.allot.notification.CalendarEntrySource;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A person's pending and confirmed bookings as entries of their calendar feed and of booking emails; a
 * series as one recurring entry with its exceptions.
 */
@Component
class BookingCalendarEntries implements CalendarEntrySource {

    private final ReadingBookings reading;
    private final BookingRepository bookings;
    private final SeriesRepository series;
    private final Spaces spaces;

    BookingCalendarEntries(ReadingBookings reading, BookingRepository bookings, SeriesRepository series,
            Spaces spaces) {
        this.reading = reading;
        this.bookings = bookings;
        this.series = series;
        this.spaces = spaces;
    }

    @Override
    public List<CalendarEntry> entries(UserId owner, Instant from, Instant to, int limit) {
        BookingQuery query = new BookingQuery(owner, null, null, from, to, BookingStatus.ACTIVE);
        List<BookingView> active = new ArrayList<>();
        for (int page = 0; active.size() < limit; page++) {
            Page<BookingView> batch = reading.list(query, new PageRequest(page, PageRequest.MAX_SIZE));
            active.addAll(batch.items());
            if (batch.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        List<BookingView> shown = active.size() > limit ? active.subList(0, limit) : active;
        var resources = spaces.resourcesByIds(shown.stream().map(BookingView::resourceId).distinct().toList());
        List<CalendarEntry> entries = new ArrayList<>();
        Set<SeriesId> seen = new LinkedHashSet<>();
        for (BookingView booking : shown) {
            if (booking.seriesId() == null) {
                entries.add(entry(booking, resources.get(booking.resourceId())));
            } else if (seen.add(booking.seriesId())) {
                entries.addAll(series(booking.seriesId().value(), resources.get(booking.resourceId())));
            }
        }
        return entries;
    }

    /**
     * A series as calendar entries: one with its rule, leaving out the days it has no active occurrence
     * on, and one for each occurrence that differs from the rule (moved, retitled, or waiting for approval
     * while the rest is confirmed), named by the start it had in the series. None when nothing is active.
     */
    List<CalendarEntry> series(long id, @Nullable ResourceView resource) {
        Optional<SeriesRepository.SeriesRow> found = series.find(id);
        List<BookingRow> active = bookings.ofSeries(id).stream().filter(row -> row.status().active()).toList();
        if (found.isEmpty() || active.isEmpty() || resource == null) {
            return List.of();
        }
        SeriesRepository.SeriesRow row = found.get();
        ZoneId zone = resource.timeZone();
        Map<LocalDate, BookingRow> byDay = new HashMap<>();
        active.forEach(occurrence -> byDay.put(SeriesBookings.occurrenceDay(occurrence, zone), occurrence));
        BookingView first = active.getFirst().view(resource);
        CalendarEntry.Status status = status(first);
        List<Instant> exceptions = Recurrences.days(row.rule(), row.firstDay()).stream()
                .filter(day -> !byDay.containsKey(day))
                .map(day -> new LocalSlot(day, row.startTime(), row.endTime()).startsAt(zone))
                .toList();
        Instant modified = Instant.ofEpochMilli(active.stream().mapToLong(BookingRow::updatedAt).max().orElseThrow());
        String uid = "series-" + id;
        LocalSlot firstSlot = new LocalSlot(row.firstDay(), row.startTime(), row.endTime());
        List<CalendarEntry> entries = new ArrayList<>();
        entries.add(new CalendarEntry(uid, first.title() + " · " + first.resourceName(), firstSlot.startsAt(zone),
                firstSlot.endsAt(zone), zone, location(first, resource), first.note(), status, modified,
                feedRule(row.rule(), row.startTime(), zone), exceptions, null));
        for (BookingRow occurrence : active) {
            LocalSlot planned = new LocalSlot(SeriesBookings.occurrenceDay(occurrence, zone), row.startTime(),
                    row.endTime());
            BookingView booking = occurrence.view(resource);
            if (!booking.startsAt().equals(planned.startsAt(zone)) || !booking.endsAt().equals(planned.endsAt(zone))
                    || status(booking) != status || !booking.title().equals(first.title())) {
                entries.add(new CalendarEntry(uid, booking.title() + " · " + booking.resourceName(),
                        booking.startsAt(), booking.endsAt(), zone, location(booking, resource), booking.note(),
                        status(booking), booking.updatedAt(), null, List.of(), planned.startsAt(zone)));
            }
        }
        return entries;
    }

    /** The rule as a feed writes it: RFC 5545 wants an UNTIL in UTC when the start has a zone. */
    private static String feedRule(String rule, LocalTime start, ZoneId zone) {
        return Recurrences.until(rule)
                .map(last -> Recurrences.untilInstant(rule, last.atTime(start).atZone(zone).toInstant()))
                .orElse(rule);
    }

    private static CalendarEntry.Status status(BookingView booking) {
        return booking.status() == BookingStatus.PENDING ? CalendarEntry.Status.TENTATIVE
                : booking.status().active() ? CalendarEntry.Status.CONFIRMED : CalendarEntry.Status.CANCELLED;
    }

    /** The booking as a calendar event: in its site's zone, tentative while it waits for approval. */
    static CalendarEntry entry(BookingView booking, @Nullable ResourceView resource) {
        return new CalendarEntry("booking-" + booking.id(), booking.title() + " · " + booking.resourceName(),
                booking.startsAt(), booking.endsAt(), booking.timeZone(), location(booking, resource), booking.note(),
                status(booking), booking.updatedAt());
    }

    /** Resource, floor, site: the parts that are known. */
    static String location(BookingView booking, @Nullable ResourceView resource) {
        if (resource == null) {
            return booking.resourceName();
        }
        return Stream.of(resource.name(), resource.floorName(), resource.siteName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
