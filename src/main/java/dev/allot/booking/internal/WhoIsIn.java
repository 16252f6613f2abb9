package dev.allot.booking.internal;

import dev.allot.booking.Attendance;
import dev.allot.booking.AttendanceFilter;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.PresenceView;
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
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who is in at a site on a day: active bookings of its resources, by person, with desks and rooms
 * counted; guests with their hosts; who will be in without a desk; and the desks still free.
 */
@Component
class WhoIsIn {

    /** A day at one site stays far below this many bookings. */
    private static final int MOST = 2_000;

    private final ReadingBookings reading;
    private final Spaces spaces;
    private final Identity identity;
    private final PresenceRepository presences;
    private final DeskRepository desks;
    private final DeskLine line;
    private final Clock clock;

    WhoIsIn(ReadingBookings reading, Spaces spaces, Identity identity, PresenceRepository presences,
            DeskRepository desks, DeskLine line, Clock clock) {
        this.reading = reading;
        this.spaces = spaces;
        this.identity = identity;
        this.presences = presences;
        this.desks = desks;
        this.line = line;
        this.clock = clock;
    }

    /** Without a day: today in the site's zone. */
    Attendance attendance(SiteId siteId, @Nullable LocalDate date, @Nullable FloorId floor, AttendanceFilter filter,
            CurrentUser viewer) {
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
        booked.stream().filter(booking -> booking.guest() == null)
                .forEach(booking -> byPerson.computeIfAbsent(booking.bookedBy(), id -> new ArrayList<>()).add(booking));
        List<PresenceRepository.Row> standing = presences.at(site.id().value(), day.toString()).stream()
                .filter(row -> row.status().standing())
                .toList();
        Set<UserId> everyone = new java.util.HashSet<>(byPerson.keySet());
        booked.forEach(booking -> everyone.add(booking.bookedBy()));
        standing.forEach(row -> everyone.add(new UserId(row.userId())));
        everyone.add(viewer.id());
        Map<UserId, UserView> names = identity.usersByIds(everyone);
        Predicate<UserId> inTeam = teamFilter(filter, names.get(viewer.id()), names);
        Collator collator = Collator.getInstance(viewer.locale() == null ? Locale.ENGLISH
                : Locale.forLanguageTag(viewer.locale()));
        List<Attendance.Person> people = byPerson.entrySet().stream()
                .filter(entry -> inTeam.test(entry.getKey()) && named(filter, name(names, entry.getKey())))
                .map(entry -> {
                    UserView user = names.get(entry.getKey());
                    String name = user == null ? "#" + entry.getKey() : user.displayName();
                    return new Attendance.Person(entry.getKey(), name, team(names, entry.getKey()), entry.getValue().stream()
                            .map(b -> {
                                ResourceView resource = resources.get(b.resourceId());
                                return new Attendance.Entry(b, resource.floorId(), resource.floorName());
                            })
                            .toList());
                })
                .sorted(Comparator.comparing(Attendance.Person::name, collator))
                .toList();
        List<Attendance.GuestIn> guests = booked.stream().filter(booking -> booking.guest() != null)
                .filter(b -> inTeam.test(b.bookedBy())
                        && (named(filter, b.guest().name()) || named(filter, name(names, b.bookedBy()))))
                .map(b -> {
                    ResourceView resource = resources.get(b.resourceId());
                    return new Attendance.GuestIn(b.guest().name(), b.bookedBy(), name(names, b.bookedBy()),
                            team(names, b.bookedBy()), new Attendance.Entry(b, resource.floorId(), resource.floorName()));
                })
                .sorted(Comparator.comparing(Attendance.GuestIn::name, collator))
                .toList();
        List<Attendance.Present> present = standing.stream()
                .filter(row -> inTeam.test(new UserId(row.userId()))
                        && (named(filter, name(names, new UserId(row.userId())))
                                || (row.guest() != null && named(filter, row.guest().name()))))
                .map(row -> {
                    PresenceView view = line.view(row);
                    UserId id = new UserId(row.userId());
                    return new Attendance.Present(view.id(), id, name(names, id), team(names, id),
                            row.guest() == null ? null : row.guest().name(), row.status(), view.position());
                })
                .toList();
        int freeDesks = DeskDays.window(site.openingHours(), site.timeZone(), day)
                .map(window -> (int) desks.freeDesks(site.id().value(), day.toString(), window.start().toEpochMilli(),
                                window.end().toEpochMilli()).stream()
                        .filter(id -> resources.containsKey(new ResourceId(id)))
                        .count())
                .orElse(0);
        return new Attendance(site.id(), day, site.timeZone(), floor, people, count(booked, ResourceKind.DESK),
                count(booked, ResourceKind.ROOM), guests, present, freeDesks);
    }

    /** Everyone without a team filter; with "my team", nobody when the asker is in no team. */
    private static Predicate<UserId> teamFilter(AttendanceFilter filter, @Nullable UserView asker,
            Map<UserId, UserView> people) {
        String team = filter.myTeam() ? (asker == null || asker.team() == null ? "" : asker.team())
                : blankToNull(filter.team());
        if (team == null) {
            return id -> true;
        }
        return id -> team.equals(team(people, id));
    }

    private static boolean named(AttendanceFilter filter, String name) {
        String wanted = blankToNull(filter.name());
        return wanted == null || fold(name).contains(fold(wanted));
    }

    /** Case folded in any alphabet, ё read as е (as the directory's search does). */
    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable String team(Map<UserId, UserView> names, UserId id) {
        UserView user = names.get(id);
        return user == null ? null : user.team();
    }

    private static String name(Map<UserId, UserView> names, UserId id) {
        UserView user = names.get(id);
        return user == null ? "#" + id.value() : user.displayName();
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
