package dev.allot.notification.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.notification.CalendarEntry;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
    void an_entry_on_the_day_clocks_go_forward_keeps_its_wall_clock_times() throws Exception {
        // 29 March 2026: Berlin moves from +01:00 to +02:00 at 02:00.
        ZonedDateTime start = LocalDateTime.parse("2026-03-29T09:00").atZone(BERLIN);
        CalendarEntry entry = entry("booking-7", start.toInstant(), start.plusHours(1).toInstant(), null,
                CalendarEntry.Status.CONFIRMED);

        VEvent event = onlyEvent(FeedCalendar.write("Allot · Ada", List.of(entry), "allot.test", NOW), "CONFIRMED");

        ZonedDateTime written = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
        assertThat(written.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T09:00"));
        assertThat(written.toInstant()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
    }

    @Test
    void commas_in_the_location_and_description_are_escaped_and_the_uid_gets_the_domain() {
        CalendarEntry entry = entry("booking-8", NOW.plusSeconds(3600), NOW.plusSeconds(7200), "Bring, the slides",
                CalendarEntry.Status.CONFIRMED);

        String text = FeedCalendar.write("Allot · Ada", List.of(entry), "allot.test", NOW);

        assertThat(text).contains("LOCATION:Blue room\\, Floor 2\\, Head office\r\n")
                .contains("DESCRIPTION:Bring\\, the slides\r\n")
                .contains("UID:booking-8@allot.test\r\n")
                .contains("DTSTAMP:20260301T080000Z\r\n");
    }

    @Test
    void an_entry_waiting_for_approval_is_tentative() throws Exception {
        CalendarEntry entry = entry("booking-9", NOW, NOW.plusSeconds(3600), null, CalendarEntry.Status.TENTATIVE);

        onlyEvent(FeedCalendar.write("Allot · Ada", List.of(entry), "allot.test", NOW), "TENTATIVE");
    }

    private static VEvent onlyEvent(String text, String status) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo(status);
        return events.getFirst();
    }

    private static CalendarEntry entry(String uid, Instant start, Instant end, @Nullable String description,
            CalendarEntry.Status status) {
        return new CalendarEntry(uid, "Meeting · Blue room", start, end, BERLIN, "Blue room, Floor 2, Head office",
                description, status, NOW);
    }
}
