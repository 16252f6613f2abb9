package dev.allot.booking.internal;

import dev.allot.booking.Attendance;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.SiteDay;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Who is in at a site on a day: active bookings of its resources, by person, with desks and rooms counted. */
@Component
class WhoIsIn {

    /** A day at one site stays far below this many bookings. */
    private static final int MOST = 2_000;

    private final ReadingBookings reading;
    private final Spaces spaces;
    private final Identity identity;
    private final Clock clock;

    WhoIsIn(ReadingBookings reading, Spaces spaces, Identity identity, Clock clock) {
        this.reading = reading;
        this.spaces = spaces;
        this.identity = identity;
        this.clock = clock;
    }

    /** Without a day: today in the site's zone. */
    Attendance attendance(SiteId siteId, @Nullable LocalDate date, @Nullable FloorId floor, CurrentUser viewer) {
        SiteView site = spaces.site(siteId);
        LocalDate day = date != null ? date : SiteDay.today(clock, site.timeZone()).date();
        if (floor != null && spaces.floors(siteId).stream().noneMatch(f -> f.id().equals(floor))) {
            throw ProblemException.invalidField("floorId", "is not a floor of site " + siteId.value());
        }
        Map<ResourceId, ResourceView> resources = resourcesAt(site, floor);
        SiteDay bounds = new SiteDay(day, site.timeZone());
        List<BookingView> booked = active(new BookingQuery(null, null, site.id(), bounds.start(), bounds.end(),
                        BookingStatus.ACTIVE)).stream()
                .filter(booking -> resources.containsKey(booking.resourceId()))
                .toList();
        Map<UserId, List<BookingView>> byPerson = new LinkedHashMap<>();
        booked.forEach(booking -> byPerson.computeIfAbsent(booking.bookedBy(), id -> new ArrayList<>()).add(booking));
        Map<UserId, UserView> names = byPerson.isEmpty() ? Map.of() : identity.usersByIds(byPerson.keySet());
        Collator collator = Collator.getInstance(viewer.locale() == null ? Locale.ENGLISH
                : Locale.forLanguageTag(viewer.locale()));
        List<Attendance.Person> people = byPerson.entrySet().stream()
                .map(entry -> {
                    UserView user = names.get(entry.getKey());
                    String name = user == null ? "#" + entry.getKey() : user.displayName();
                    return new Attendance.Person(entry.getKey(), name, entry.getValue().stream()
                            .map(b -> {
                                ResourceView resource = resources.get(b.resourceId());
                                return new Attendance.Entry(b, resource.floorId(), resource.floorName());
                            })
                            .toList());
                })
                .sorted(Comparator.comparing(Attendance.Person::name, collator))
                .toList();
        return new Attendance(site.id(), day, site.timeZone(), floor, people, count(booked, ResourceKind.DESK),
                count(booked, ResourceKind.ROOM));
    }

    private static int count(List<BookingView> booked, ResourceKind kind) {
        return (int) booked.stream().filter(b -> b.resourceKind() == kind).count();
    }

    /** Ordered by start (the repository's order). */
    private List<BookingView> active(BookingQuery query) {
        List<BookingView> all = new ArrayList<>();
        for (int page = 0; all.size() < MOST; page++) {
            var batch = reading.list(query, new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(batch.items());
            if (batch.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all;
    }

    /** Every resource of the site (or floor), inactive ones too, since their bookings still count. */
    private Map<ResourceId, ResourceView> resourcesAt(SiteView site, @Nullable FloorId floor) {
        Map<ResourceId, ResourceView> resources = new HashMap<>();
        spaces.searchAll(new ResourceQuery(null, site.id(), floor, null, Set.of(), null, null, true))
                .forEach(resource -> resources.put(resource.id(), resource));
        return resources;
    }
}
