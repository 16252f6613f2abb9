package dev.allot.booking.internal;

import dev.allot.platform.CommandValidation;
import dev.allot.booking.BookDeskDay;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingResult;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.DeskPolicy;
import dev.allot.booking.Desks;
import dev.allot.booking.FixedDesk;
import dev.allot.booking.JoinPresence;
import dev.allot.booking.PresenceId;
import dev.allot.booking.PresenceView;
import dev.allot.booking.SiteDesks;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** {@link Desks}: validates each command, then hands it to the use case named after it. */
@Service
class DesksFacade implements Desks {

    private final CommandValidation validation;
    private final BookingDeskDays booking;
    private final DeskLine line;
    private final DeskSettings settings;
    private final SiteDeskStates states;
    private final ReadingBookings reading;
    private final PresenceRepository presences;
    private final Spaces spaces;
    private final Clock clock;
    private final BookingRulesProperties limits;
    private final BookingMeters meters;

    DesksFacade(CommandValidation validation, BookingDeskDays booking, DeskLine line, DeskSettings settings,
            SiteDeskStates states, ReadingBookings reading, PresenceRepository presences, Spaces spaces, Clock clock,
            BookingRulesProperties limits, BookingMeters meters) {
        this.meters = meters;
        this.validation = validation;
        this.booking = booking;
        this.line = line;
        this.settings = settings;
        this.states = states;
        this.reading = reading;
        this.presences = presences;
        this.spaces = spaces;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public long horizonDays() {
        return limits.desk().horizon().toDays();
    }

    @Override
    public BookingResult bookDay(BookDeskDay command, CurrentUser booker) {
        return meters.counted(command.resourceId(), () -> booking.book(validation.check(command), booker),
                BookingMeters::made);
    }

    @Override
    public List<BookingView> myDeskDays(CurrentUser me) {
        // from the start of yesterday in UTC: every zone's today is inside
        BookingQuery query = new BookingQuery(me.id(), null, null,
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                null, BookingStatus.ACTIVE);
        return reading.list(query, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(BookingView::isDeskDay)
                .filter(b -> !b.day().isBefore(LocalDate.now(clock.withZone(b.timeZone()))))
                .toList();
    }

    @Override
    public PresenceView join(JoinPresence command, CurrentUser member) {
        return line.join(validation.check(command), member);
    }

    @Override
    public PresenceView presence(PresenceId id, CurrentUser viewer) {
        return line.view(line.readable(id, viewer));
    }

    @Override
    public List<PresenceView> presences(@Nullable SiteId site, @Nullable LocalDate day, CurrentUser viewer) {
        if (site != null && day != null) {
            spaces.site(site);
            return presences.at(site.value(), day.toString()).stream()
                    .filter(row -> viewer.isAdmin() || row.status().standing() || row.userId() == viewer.id().value())
                    .map(line::view)
                    .toList();
        }
        if (site != null || day != null) {
            throw ProblemException.invalidField(site == null ? "siteId" : "day", "is needed with " +
                    (site == null ? "day" : "siteId"));
        }
        String from = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1).toString();
        return presences.of(viewer.id().value(), from).stream().map(line::view).toList();
    }

    @Override
    public PresenceView accept(PresenceId id, CurrentUser member) {
        return line.accept(id, member);
    }

    @Override
    public PresenceView decline(PresenceId id, CurrentUser member) {
        return line.decline(id, member);
    }

    @Override
    public PresenceView cancel(PresenceId id, CurrentUser member) {
        return line.cancel(id, member);
    }

    @Override
    public SiteDesks desks(SiteId site, @Nullable LocalDate day, @Nullable FloorId floor, CurrentUser viewer) {
        return states.desks(site, day, floor, viewer);
    }

    @Override
    public DeskPolicy policy(SiteId site) {
        return settings.policy(site);
    }

    @Override
    public DeskPolicy changePolicy(SiteId site, DeskPolicy policy, CurrentUser admin) {
        return settings.changePolicy(site, validation.check(policy), admin);
    }

    @Override
    public List<FixedDesk> fixedDesks(SiteId site) {
        return settings.fixedDesks(site);
    }

    @Override
    public FixedDesk assignFixedDesk(ResourceId desk, UserId owner, CurrentUser admin) {
        return settings.assign(desk, owner, admin);
    }

    @Override
    public void removeFixedDesk(ResourceId desk, CurrentUser admin) {
        settings.remove(desk, admin);
    }

    @Override
    public FixedDesk releaseFixedDesk(ResourceId desk, LocalDate day, CurrentUser owner) {
        return settings.release(desk, day, owner);
    }
}
