package dev.allot.booking.internal;

import dev.allot.booking.BookedTime;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingView;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Looking bookings up: one, a page of them, or the times resources are held. */
@Component
class ReadingBookings {

    private final BookingRepository bookings;
    private final Spaces spaces;

    ReadingBookings(BookingRepository bookings, Spaces spaces) {
        this.bookings = bookings;
        this.spaces = spaces;
    }

    BookingView booking(BookingId id) {
        BookingRow row = bookings.findById(id.value()).orElseThrow(() -> ProblemException.notFound("Booking", id));
        return row.view(spaces.resource(new ResourceId(row.resourceId())));
    }

    Page<BookingView> list(BookingQuery query, PageRequest page) {
        long total = bookings.count(query);
        List<BookingRow> rows = total == 0 ? List.of() : bookings.find(query, page.offset(), page.size());
        Map<ResourceId, ResourceView> resources = spaces.resourcesByIds(
                rows.stream().map(row -> new ResourceId(row.resourceId())).toList());
        List<BookingView> views = rows.stream()
                .map(row -> row.view(resources.get(new ResourceId(row.resourceId()))))
                .toList();
        return new Page<>(views, page.page(), page.size(), total);
    }

    Map<ResourceId, List<BookedTime>> activeTimes(Collection<ResourceId> resources, Instant from, Instant to) {
        if (resources.isEmpty()) {
            return Map.of();
        }
        Map<ResourceId, List<BookedTime>> times = new HashMap<>();
        bookings.activeTimes(resources.stream().map(ResourceId::value).toList(), from.toEpochMilli(), to.toEpochMilli())
                .forEach((id, ranges) -> times.put(new ResourceId(id), ranges.stream()
                        .map(r -> new BookedTime(Instant.ofEpochMilli(r[0]), Instant.ofEpochMilli(r[1])))
                        .toList()));
        return times;
    }
}
