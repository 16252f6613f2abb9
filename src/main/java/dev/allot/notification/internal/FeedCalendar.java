package dev.allot.notification.internal;

import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * Writes bookings as an iCalendar feed: each event in its site's zone (TZID with a matching
 * VTIMEZONE), so calendar apps show the site's wall-clock times; a zone ical4j does not know is
 * written in UTC.
 */
final class FeedCalendar {

    static final String REFRESH = "PT1H";

    private FeedCalendar() {}

    static String write(String name, List<BookingView> bookings, Map<ResourceId, ResourceView> resources,
            String uidDomain, Instant now) {
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Allot//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)),
                REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH));

        Map<ZoneId, @Nullable TimeZone> used = new LinkedHashMap<>();
        List<VEvent> events = new ArrayList<>();
        for (BookingView booking : bookings) {
            TimeZone zone = used.computeIfAbsent(booking.timeZone(), id -> zones.getTimeZone(id.getId()));
            events.add(event(booking, resources.get(booking.resourceId()), zone != null, uidDomain, now));
        }
        used.values().stream().filter(Objects::nonNull).forEach(zone -> calendar.add(zone.getVTimeZone()));
        events.forEach(calendar::add);

        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent event(BookingView booking, @Nullable ResourceView resource, boolean zoneKnown,
            String uidDomain, Instant now) {
        ZoneId zone = zoneKnown ? booking.timeZone() : ZoneOffset.UTC;
        Temporal start = booking.startsAt().atZone(zone);
        Temporal end = booking.endsAt().atZone(zone);
        VEvent event = new VEvent(start, end, booking.title() + " · " + booking.resourceName());
        event.replace(new DtStamp(now));
        event.add(new Uid("booking-" + booking.id() + "@" + uidDomain));
        event.add(new LastModified(booking.updatedAt()));
        event.add(new Location(location(booking, resource)));
        event.add(booking.status() == BookingStatus.PENDING ? ImmutableStatus.VEVENT_TENTATIVE
                : ImmutableStatus.VEVENT_CONFIRMED);
        if (booking.note() != null && !booking.note().isBlank()) {
            event.add(new Description(booking.note()));
        }
        return event;
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
