package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookingId;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.UserId;
import dev.allot.notification.CalendarEntry;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class BookingCalendarEntriesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void a_booking_becomes_an_entry_in_its_sites_zone_named_after_it_and_its_room() {
        BookingView booking = booking(8, BookingStatus.CONFIRMED, "Bring, the slides");

        CalendarEntry entry = BookingCalendarEntries.entry(booking,
                resource(booking.resourceId(), "Blue room", "Floor 2", "Head office"));

        assertThat(entry.uid()).isEqualTo("booking-8");
        assertThat(entry.summary()).isEqualTo("Meeting · Room 8");
        assertThat(entry.zone()).isEqualTo(BERLIN);
        assertThat(entry.location()).isEqualTo("Blue room, Floor 2, Head office");
        assertThat(entry.description()).isEqualTo("Bring, the slides");
        assertThat(entry.status()).isEqualTo(CalendarEntry.Status.CONFIRMED);
    }

    @Test
    void a_booking_waiting_for_approval_is_tentative() {
        assertThat(BookingCalendarEntries.entry(booking(9, BookingStatus.PENDING, null), null).status())
                .isEqualTo(CalendarEntry.Status.TENTATIVE);
    }

    @Test
    void a_resource_without_a_floor_leaves_the_floor_out() {
        BookingView booking = booking(9, BookingStatus.CONFIRMED, null);

        assertThat(BookingCalendarEntries.location(booking, resource(booking.resourceId(), "Desk 4", null, "Annex")))
                .isEqualTo("Desk 4, Annex");
    }

    private static BookingView booking(long id, BookingStatus status, @Nullable String note) {
        return new BookingView(new BookingId(id), new ResourceId(100 + id), "Room " + id, ResourceKind.ROOM,
                new SiteId(1), BERLIN, new UserId(1), "Meeting", note, 1, NOW, NOW.plusSeconds(3600), status, NOW,
                NOW, null, null, null, null, null, null);
    }

    private static ResourceView resource(ResourceId id, String name, @Nullable String floor, String site) {
        return new ResourceView(id, ResourceKind.ROOM, name, 4, Set.of(), null, null, true, false, new SiteId(1), site,
                BERLIN, floor == null ? null : new FloorId(1), floor, NOW, NOW);
    }
}
