package dev.allot.notification.internal.feed;

import dev.allot.notification.CalendarEntry;
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
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * Writes calendar entries as iCalendar: each event in its own zone (TZID with a matching VTIMEZONE),
 * so calendar apps show the site's wall-clock times; a zone ical4j does not know is written in UTC. A
 * series is one VEVENT with RRULE and EXDATE, its changed occurrences VEVENTs of the same UID with
 * RECURRENCE-ID.
 */
public final class FeedCalendar {

    static final String REFRESH = "PT1H";

    private FeedCalendar() {}

    public static String write(String name, List<CalendarEntry> entries, String uidDomain, Instant now) {
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
        for (CalendarEntry entry : entries) {
            TimeZone zone = used.computeIfAbsent(entry.zone(), id -> zones.getTimeZone(id.getId()));
            events.add(event(entry, zone != null, uidDomain, now));
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

    private static VEvent event(CalendarEntry entry, boolean zoneKnown, String uidDomain, Instant now) {
        ZoneId zone = zoneKnown ? entry.zone() : ZoneOffset.UTC;
        Temporal start = entry.start().atZone(zone);
        Temporal end = entry.end().atZone(zone);
        VEvent event = new VEvent(start, end, entry.summary());
        event.replace(new DtStamp(now));
        event.add(new Uid(entry.uid() + "@" + uidDomain));
        event.add(new LastModified(entry.lastModified()));
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        event.add(switch (entry.status()) {
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        ParameterList inZone = zoneKnown ? new ParameterList(List.of(new TzId(zone.getId()))) : new ParameterList();
        if (entry.recurrence() != null) {
            event.add(new RRule<>(entry.recurrence()));
            if (!entry.exceptions().isEmpty()) {
                event.add(new ExDate<>(inZone, new DateList<>(entry.exceptions().stream()
                        .map(excluded -> excluded.atZone(zone)).toList())));
            }
        }
        if (entry.recurrenceId() != null) {
            event.add(new RecurrenceId<>(inZone, entry.recurrenceId().atZone(zone)));
        }
        return event;
    }
}
