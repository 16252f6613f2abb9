package dev.allot.booking.internal;

import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.UserId;
import dev.allot.notification.CalendarEntry;
import dev.allot.notification.CalendarEntrySource;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A person's pending and confirmed bookings as entries of their calendar feed and of booking emails. */
@Component
class BookingCalendarEntries implements CalendarEntrySource {

    private final ReadingBookings bookings;
    private final Spaces spaces;

    BookingCalendarEntries(ReadingBookings bookings, Spaces spaces) {
        this.bookings = bookings;
        this.spaces = spaces;
    }

    @Override
    public List<CalendarEntry> entries(UserId owner, Instant from, Instant to, int limit) {
        BookingQuery query = new BookingQuery(owner, null, null, from, to, BookingStatus.ACTIVE);
        List<BookingView> active = new ArrayList<>();
        for (int page = 0; active.size() < limit; page++) {
            Page<BookingView> batch = bookings.list(query, new PageRequest(page, PageRequest.MAX_SIZE));
            active.addAll(batch.items());
            if (batch.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        List<BookingView> shown = active.size() > limit ? active.subList(0, limit) : active;
        var resources = spaces.resourcesByIds(shown.stream().map(BookingView::resourceId).distinct().toList());
        return shown.stream().map(booking -> entry(booking, resources.get(booking.resourceId()))).toList();
    }

    /** The booking as a calendar event: in its site's zone, tentative while it waits for approval. */
    static CalendarEntry entry(BookingView booking, @Nullable ResourceView resource) {
        return new CalendarEntry("booking-" + booking.id(), booking.title() + " · " + booking.resourceName(),
                booking.startsAt(), booking.endsAt(), booking.timeZone(), location(booking, resource), booking.note(),
                booking.status() == BookingStatus.PENDING ? CalendarEntry.Status.TENTATIVE
                        : booking.status().active() ? CalendarEntry.Status.CONFIRMED : CalendarEntry.Status.CANCELLED,
                booking.updatedAt());
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
