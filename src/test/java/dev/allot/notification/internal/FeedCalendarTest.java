package dev.allot.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookingId;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.UserId;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FeedCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void a_booking_on_the_day_clocks_go_forward_keeps_its_wall_clock_times() throws Exception {
        // 29 March 2026: Berlin moves from +01:00 to +02:00 at 02:00.
        ZonedDateTime start = LocalDateTime.parse("2026-03-29T09:00").atZone(BERLIN);
        BookingView booking = booking(7, BERLIN, start.toInstant(), start.plusHours(1).toInstant(), null);

        VEvent event = onlyEvent(FeedCalendar.write("Allot · Ada", List.of(booking), Map.of(), "allot.test", NOW));

        ZonedDateTime written = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
        assertThat(written.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T09:00"));
        assertThat(written.toInstant()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
    }

    @Test
    void the_location_names_resource_floor_and_site_and_commas_are_escaped() {
        BookingView booking = booking(8, BERLIN, NOW.plusSeconds(3600), NOW.plusSeconds(7200), "Bring, the slides");
        ResourceView room = resource(booking.resourceId(), "Blue room", "Floor 2", "Head office");

        String text = FeedCalendar.write("Allot · Ada", List.of(booking), Map.of(room.id(), room), "allot.test", NOW);

        assertThat(text).contains("LOCATION:Blue room\\, Floor 2\\, Head office\r\n")
                .contains("DESCRIPTION:Bring\\, the slides\r\n")
                .contains("UID:booking-8@allot.test\r\n")
                .contains("DTSTAMP:20260301T080000Z\r\n");
    }

    @Test
    void a_resource_without_a_floor_leaves_the_floor_out() {
        BookingView booking = booking(9, BERLIN, NOW, NOW.plusSeconds(3600), null);

        assertThat(FeedCalendar.location(booking, resource(booking.resourceId(), "Desk 4", null, "Annex")))
                .isEqualTo("Desk 4, Annex");
    }

    private static VEvent onlyEvent(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        return events.getFirst();
    }

    private static BookingView booking(long id, ZoneId zone, Instant start, Instant end, @Nullable String note) {
        return new BookingView(new BookingId(id), new ResourceId(100 + id), "Room " + id, ResourceKind.ROOM,
                new SiteId(1), zone, new UserId(1), "Meeting", note, 1, start, end, BookingStatus.CONFIRMED, NOW,
                NOW, null, null, null, null);
    }

    private static ResourceView resource(ResourceId id, String name, @Nullable String floor, String site) {
        return new ResourceView(id, ResourceKind.ROOM, name, 4, Set.of(), null, null, true, false, new SiteId(1), site,
                BERLIN, floor == null ? null : new FloorId(1), floor, NOW, NOW);
    }
}
