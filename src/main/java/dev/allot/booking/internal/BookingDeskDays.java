package dev.allot.booking.internal;

import dev.allot.booking.BookDeskDay;
import dev.allot.booking.BookingResult;
import dev.allot.booking.BookingView;
import dev.allot.booking.DeskPolicy;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Booking a desk for a day: the day's rules, then one transaction under the site's and the desk's
 * locks that checks who holds the desk and whether the booker holds another (409s with names), and
 * inserts; the database's claim refuses whatever slips between (a race across two desks).
 */
@Component
class BookingDeskDays {

    private final DeskDays days;
    private final DeskLine line;
    private final DeskRepository desks;
    private final BookingRepository bookings;
    private final BookingWrites writes;
    private final Spaces spaces;
    private final BookingResources byTime;
    private final FairUse fairUse;
    private final Clock clock;

    BookingDeskDays(DeskDays days, DeskLine line, DeskRepository desks, BookingRepository bookings,
            BookingWrites writes, Spaces spaces, BookingResources byTime, FairUse fairUse,
            Clock clock) {
        this.byTime = byTime;
        this.fairUse = fairUse;
        this.clock = clock;
        this.days = days;
        this.line = line;
        this.desks = desks;
        this.bookings = bookings;
        this.writes = writes;
        this.spaces = spaces;
    }

    /** What makes two desk-day requests the same request, for the idempotency key. */
    private static List<String> canonical(BookDeskDay command) {
        return List.of("desk-day", String.valueOf(command.resourceId().value()), command.day().toString(),
                command.guest() == null ? "" : command.guest().name(),
                command.guest() == null ? "" : String.valueOf(command.guest().email()), String.valueOf(command.note()));
    }

    BookingResult book(BookDeskDay command, CurrentUser booker) {
        if (!booker.canBook()) {
            throw ProblemException.forbidden("Viewers cannot book; ask an admin for the member role");
        }
        ResourceView desk = spaces.findResource(command.resourceId())
                .orElseThrow(() -> ProblemException.unknownReference("resourceId", "Resource", command.resourceId()));
        List<RuleViolation> violations = DeskDays.none();
        if (desk.kind() != ResourceKind.DESK) {
            throw new RulesViolatedException(List.of(new RuleViolation("not-a-desk", "resourceId",
                    desk.name() + " is a " + desk.kind().name().toLowerCase() + ", not a desk: book it by time",
                    List.of(desk.name()))));
        }
        if (!desk.active()) {
            violations.add(new RuleViolation("inactive", "resourceId", desk.name() + " cannot be booked at the moment",
                    List.of(desk.name())));
        }
        SiteView site = spaces.site(desk.siteId());
        Optional<DeskDays.Window> window = days.checkDay(site, command.day(), violations);
        days.fixedDesk(desk, command.day(), booker.id()).ifPresent(violations::add);
        DeskPolicy policy = days.policy(site.id().value());
        if (command.guest() != null) {
            days.guestLimit(booker.id(), command.day(), policy).ifPresent(violations::add);
        }
        if (!violations.isEmpty() || window.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
        boolean forGuest = command.guest() != null;
        String key = command.idempotencyKey();
        try {
            BookingResult result = writes.write(() -> {
                desks.lockSite(site.id().value());
                if (key != null) {
                    Optional<BookingResult> repeated = byTime.repeated(booker.id().value(), key, canonical(command),
                            desk, clock.millis());
                    if (repeated.isPresent()) {
                        return repeated.get();
                    }
                }
                if (forGuest) {
                    desks.lockHost(booker.id().value());
                    days.guestLimit(booker.id(), command.day(), policy).ifPresent(limit -> {
                        throw new RulesViolatedException(List.of(limit));
                    });
                }
                bookings.lockResource(desk.id().value());
                days.requireFree(desk, command.day(), window.get(), booker.id(), forGuest, null);
                BookingView made = days.insert(desk, command.day(), window.get(), booker.id(), booker.isAdmin(),
                        command.guest(), command.note(), booker.id(), booker.locale());
                fairUse.check(booker, booker.id(), List.of(made));
                if (!forGuest) {
                    line.booked(booker.id(), command.day(), made);
                }
                if (key != null) {
                    byTime.remember(booker.id().value(), key, made.id().value());
                }
                return new BookingResult(made, false);
            }, () -> ProblemException.conflict("desk-taken", desk.name() + " is taken that day"));
            return result;
        } catch (ProblemException refusal) {
            throw days.explain(refusal, desk, command.day(), booker.id());
        }
    }
}
