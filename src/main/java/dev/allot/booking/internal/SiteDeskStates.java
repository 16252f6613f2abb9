package dev.allot.booking.internal;

import dev.allot.booking.BookingId;
import dev.allot.booking.DeskState;
import dev.allot.booking.PresenceId;
import dev.allot.booking.SiteDay;
import dev.allot.booking.SiteDesks;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.ProblemException;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The desks of a site on a day, each FREE, TAKEN, HELD, MINE or FIXED for the viewer: what the desk page draws. */
@Component
class SiteDeskStates {

    private final DeskRepository desks;
    private final BookingRepository bookings;
    private final PresenceRepository presences;
    private final Spaces spaces;
    private final Identity identity;
    private final Clock clock;

    SiteDeskStates(DeskRepository desks, BookingRepository bookings, PresenceRepository presences, Spaces spaces,
            Identity identity, Clock clock) {
        this.desks = desks;
        this.bookings = bookings;
        this.presences = presences;
        this.spaces = spaces;
        this.identity = identity;
        this.clock = clock;
    }

    SiteDesks desks(SiteId siteId, @Nullable LocalDate date, @Nullable FloorId floor, CurrentUser viewer) {
        SiteView site = spaces.site(siteId);
        LocalDate day = date != null ? date : SiteDay.today(clock, site.timeZone()).date();
        if (floor != null && spaces.floors(siteId).stream().noneMatch(f -> f.id().equals(floor))) {
            throw ProblemException.invalidField("floorId", "is not a floor of site " + siteId.value());
        }
        List<ResourceView> all = spaces.searchAll(new ResourceQuery(ResourceKind.DESK, siteId, floor, null, Set.of(),
                null, null, false));
        Map<Long, DeskRepository.Claim> claims = new HashMap<>();
        desks.claimsAt(siteId.value(), day.toString()).forEach(claim -> claims.put(claim.resourceId(), claim));
        Map<Long, DeskRepository.Fixed> fixed = new HashMap<>();
        desks.fixedAt(siteId.value()).forEach(f -> fixed.put(f.resourceId(), f));
        Set<Long> free = new HashSet<>(DeskDays.window(site.openingHours(), site.timeZone(), day)
                .map(w -> desks.freeDesks(siteId.value(), day.toString(), w.start().toEpochMilli(), w.end().toEpochMilli()))
                .orElse(List.of()));
        Map<Long, BookingRow> held = new HashMap<>();
        Set<UserId> people = new HashSet<>();
        claims.values().forEach(claim -> {
            if (claim.bookingId() != null) {
                bookings.findById(claim.bookingId()).ifPresent(row -> {
                    held.put(claim.resourceId(), row);
                    people.add(new UserId(row.userId()));
                });
            }
        });
        fixed.values().forEach(f -> people.add(new UserId(f.userId())));
        Map<UserId, UserView> names = people.isEmpty() ? Map.of() : identity.usersByIds(people);
        List<SiteDesks.Desk> states = all.stream().map(desk -> {
            long id = desk.id().value();
            DeskRepository.Claim claim = claims.get(id);
            if (claim != null && claim.presenceId() != null) {
                PresenceRepository.Row offer = presences.find(claim.presenceId()).orElse(null);
                boolean mine = offer != null && offer.userId() == viewer.id().value();
                return new SiteDesks.Desk(desk.id(), desk.name(), desk.floorId(), desk.floorName(),
                        mine ? DeskState.MINE : DeskState.HELD, null, null, null, null,
                        mine ? new PresenceId(offer.id()) : null);
            }
            BookingRow booking = held.get(id);
            if (booking != null) {
                UserId booker = new UserId(booking.userId());
                String bookerName = name(names, booker);
                boolean mine = booker.equals(viewer.id());
                return new SiteDesks.Desk(desk.id(), desk.name(), desk.floorId(), desk.floorName(),
                        mine ? DeskState.MINE : DeskState.TAKEN, booker,
                        booking.guestName() == null ? bookerName : booking.guestName(),
                        booking.guestName() == null ? null : bookerName,
                        mine || viewer.isAdmin() ? new BookingId(booking.id()) : null, null);
            }
            if (free.contains(id)) {
                return new SiteDesks.Desk(desk.id(), desk.name(), desk.floorId(), desk.floorName(), DeskState.FREE,
                        null, null, null, null, null);
            }
            DeskRepository.Fixed owner = fixed.get(id);
            if (owner != null && !desks.released(id, day.toString())) {
                UserId ownerId = new UserId(owner.userId());
                return new SiteDesks.Desk(desk.id(), desk.name(), desk.floorId(), desk.floorName(),
                        ownerId.equals(viewer.id()) ? DeskState.MINE : DeskState.FIXED, ownerId, name(names, ownerId),
                        null, null, null);
            }
            // held by a booking by time that claims no day (from before desk days, or an import)
            return new SiteDesks.Desk(desk.id(), desk.name(), desk.floorId(), desk.floorName(), DeskState.TAKEN,
                    null, null, null, null, null);
        }).toList();
        return new SiteDesks(siteId, day, site.timeZone(), floor, states);
    }

    private static String name(Map<UserId, UserView> names, UserId id) {
        UserView user = names.get(id);
        return user == null ? "#" + id.value() : user.displayName();
    }
}
