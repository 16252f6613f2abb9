package dev.allot.booking.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingView;
import dev.allot.booking.DeskAutoAssigned;
import dev.allot.booking.DeskOffered;
import dev.allot.booking.DeskPolicy;
import dev.allot.booking.JoinPresence;
import dev.allot.booking.OfferAccepted;
import dev.allot.booking.OfferDeclined;
import dev.allot.booking.OfferExpired;
import dev.allot.booking.PresenceCancelled;
import dev.allot.booking.PresenceId;
import dev.allot.booking.PresenceJoined;
import dev.allot.booking.PresenceStatus;
import dev.allot.booking.PresenceView;
import dev.allot.booking.SiteDay;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Presence and the line for desks. {@link #match} is the one procedure that gives freed desks to
 * those who wait: while a desk is free and someone waits without an offer, the first in line is
 * offered the first free desk (held for them in desk_claim, with a durable expiry task), or, where
 * the site auto-assigns, booked it at once. Everything that frees a desk or adds a waiting person
 * calls it, inside its own transaction.
 */
@Component
class DeskLine {

    private static final Logger log = LoggerFactory.getLogger(DeskLine.class);

    private final PresenceRepository presences;
    private final DeskRepository desks;
    private final BookingRepository bookings;
    private final DeskDays days;
    private final BookingWrites writes;
    private final Spaces spaces;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> expiryTask;
    private final DeskProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeskLine(PresenceRepository presences, DeskRepository desks, BookingRepository bookings, DeskDays days,
            BookingWrites writes, Spaces spaces, SchedulerClient scheduler, OneTimeTask<Void> deskOfferExpiryTask,
            DeskProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.presences = presences;
        this.desks = desks;
        this.bookings = bookings;
        this.days = days;
        this.writes = writes;
        this.spaces = spaces;
        this.scheduler = scheduler;
        this.expiryTask = deskOfferExpiryTask;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    PresenceView join(JoinPresence command, CurrentUser member) {
        if (!member.canBook()) {
            throw ProblemException.forbidden("Viewers cannot book; ask an admin for the member role");
        }
        SiteView site = site(command.siteId());
        LocalDate day = command.day();
        List<RuleViolation> violations = DeskDays.none();
        days.checkDay(site, day, violations);
        DeskPolicy policy = days.policy(site.id().value());
        if (command.guest() != null) {
            days.guestLimit(member.id(), day, policy).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
        boolean wait = command.waitForDesk() == null || command.waitForDesk();
        long id = writes.write(() -> {
            desks.lockSite(site.id().value());
            if (command.guest() == null) {
                desks.claimOf(member.id().value(), day.toString()).ifPresent(claim -> {
                    throw days.alreadyHasDesk(day, claim);
                });
                presences.standingOf(member.id().value(), day.toString()).ifPresent(standing -> {
                    throw ProblemException.conflict("already-present",
                                    "You already said you will be in on " + DeskDays.format(day))
                            .with("day", DeskDays.format(day))
                            .with("presenceId", standing.id());
                });
            } else {
                desks.lockHost(member.id().value());
                days.guestLimit(member.id(), day, policy).ifPresent(limit -> {
                    throw new RulesViolatedException(List.of(limit));
                });
            }
            PresenceRepository.Row row = presences.insert(site.id().value(), day.toString(), member.id().value(),
                    command.guest(), wait ? PresenceStatus.WAITING : PresenceStatus.PRESENT, clock.millis());
            events.publishEvent(new PresenceJoined(view(row), member.id(), clock.instant()));
            if (wait) {
                match(site.id().value(), day);
            }
            return row.id();
        });
        return view(find(id));
    }

    /** The person, their host, or an admin; 404 for others (a presence is nobody else's business). */
    PresenceRepository.Row readable(PresenceId id, CurrentUser viewer) {
        PresenceRepository.Row row = find(id.value());
        if (row.userId() != viewer.id().value() && !viewer.isAdmin()) {
            throw ProblemException.notFound("Presence", id);
        }
        return row;
    }

    PresenceView accept(PresenceId id, CurrentUser member) {
        PresenceRepository.Row asked = readable(id, member);
        if (asked.userId() != member.id().value()) {
            throw ProblemException.forbidden("Only the person the desk is offered to can accept it");
        }
        SiteView site = site(new SiteId(asked.siteId()));
        LocalDate day = LocalDate.parse(asked.day());
        writes.write(() -> {
            desks.lockSite(asked.siteId());
            PresenceRepository.Row row = find(asked.id());
            if (row.status() != PresenceStatus.OFFERED || row.resourceId() == null) {
                throw offerGone(row);
            }
            ResourceView desk = spaces.resource(new ResourceId(row.resourceId()));
            bookings.lockResource(desk.id().value());
            if (!presences.acceptOffer(row.id(), clock.millis())) {
                throw offerGone(find(row.id()));
            }
            desks.releaseHold(row.id());
            DeskDays.Window window = DeskDays.window(site.openingHours(), site.timeZone(), day).orElseThrow(
                    () -> offerGone(row));
            days.requireFree(desk, day, window, member.id(), row.guest() != null, null);
            BookingView booking = days.insert(desk, day, window, member.id(), member.isAdmin(), row.guest(), null,
                    member.id(), member.locale());
            presences.attachBooking(row.id(), booking.id().value(), desk.id().value());
            events.publishEvent(new OfferAccepted(view(find(row.id())), booking, member.id(), clock.instant()));
            return booking;
        });
        return view(find(asked.id()));
    }

    PresenceView decline(PresenceId id, CurrentUser member) {
        PresenceRepository.Row asked = readable(id, member);
        if (asked.userId() != member.id().value()) {
            throw ProblemException.forbidden("Only the person the desk is offered to can decline it");
        }
        writes.write(() -> {
            desks.lockSite(asked.siteId());
            PresenceRepository.Row row = find(asked.id());
            if (row.status() != PresenceStatus.OFFERED
                    || !presences.move(row.id(), List.of(PresenceStatus.OFFERED), PresenceStatus.PRESENT,
                            clock.millis())) {
                throw offerGone(row);
            }
            desks.releaseHold(row.id());
            events.publishEvent(new OfferDeclined(view(find(row.id())), new ResourceId(row.resourceId()), member.id(),
                    clock.instant()));
            match(row.siteId(), LocalDate.parse(row.day()));
            return row;
        });
        return view(find(asked.id()));
    }

    PresenceView cancel(PresenceId id, CurrentUser member) {
        PresenceRepository.Row asked = readable(id, member);
        writes.write(() -> {
            desks.lockSite(asked.siteId());
            PresenceRepository.Row row = find(asked.id());
            if (!presences.move(row.id(), List.copyOf(PresenceStatus.STANDING), PresenceStatus.CANCELLED,
                    clock.millis())) {
                throw ProblemException.conflict("presence-ended", "This presence is " + row.status() + " already")
                        .with("status", row.status().name());
            }
            events.publishEvent(new PresenceCancelled(view(find(row.id())), member.id(), clock.instant()));
            if (row.status() == PresenceStatus.OFFERED) {
                desks.releaseHold(row.id());
                match(row.siteId(), LocalDate.parse(row.day()));
            }
            return row;
        });
        return view(find(asked.id()));
    }

    /**
     * The expiry task's work: an offer that lapsed by now expires (once: a conditional update), its
     * desk goes to the next in line. False when there was nothing to do (answered, withdrawn, not yet due).
     */
    boolean expire(long presenceId) {
        Optional<PresenceRepository.Row> found = presences.find(presenceId);
        if (found.isEmpty()) {
            return false;
        }
        return writes.write(() -> {
            desks.lockSite(found.get().siteId());
            if (!presences.expireOffer(presenceId, clock.millis())) {
                return false;
            }
            PresenceRepository.Row row = find(presenceId);
            desks.releaseHold(presenceId);
            events.publishEvent(new OfferExpired(view(row), new ResourceId(row.resourceId()), null, clock.instant()));
            match(row.siteId(), LocalDate.parse(row.day()));
            return true;
        });
    }

    /**
     * Inside the caller's transaction, after {@code person} booked a desk of their own on {@code day}:
     * their standing presence that day is BOOKED; a desk offered to them goes to the next in line.
     */
    void booked(UserId person, LocalDate day, BookingView booking) {
        presences.standingOf(person.value(), day.toString()).ifPresent(row -> {
            if (presences.move(row.id(), List.copyOf(PresenceStatus.STANDING), PresenceStatus.BOOKED, clock.millis())) {
                presences.attachBooking(row.id(), booking.id().value(), booking.resourceId().value());
                if (row.status() == PresenceStatus.OFFERED) {
                    desks.releaseHold(row.id());
                    match(row.siteId(), day);
                }
            }
        });
    }

    /** {@link #match} for every day from today on when someone waits at the site (a new or re-activated desk). */
    void matchSite(long siteId) {
        SiteView site = spaces.site(new SiteId(siteId));
        String today = SiteDay.today(clock, site.timeZone()).date().toString();
        for (String day : presences.daysWaiting(siteId, today)) {
            match(siteId, LocalDate.parse(day));
        }
    }

    /**
     * Inside the caller's transaction: while a desk of the site is free that day and someone waits
     * without an offer, the first in line (by joining) gets the first free desk (by name).
     */
    void match(long siteId, LocalDate day) {
        desks.lockSite(siteId);
        SiteView site = spaces.site(new SiteId(siteId));
        Optional<DeskDays.Window> open = DeskDays.window(site.openingHours(), site.timeZone(), day);
        Instant now = clock.instant();
        if (open.isEmpty() || !open.get().end().isAfter(now)) {
            return;
        }
        DeskDays.Window window = open.get();
        DeskPolicy policy = days.policy(siteId);
        while (true) {
            Optional<PresenceRepository.Row> first = presences.firstWaiting(siteId, day.toString());
            if (first.isEmpty()) {
                return;
            }
            List<Long> free = desks.freeDesks(siteId, day.toString(), window.start().toEpochMilli(),
                    window.end().toEpochMilli());
            if (free.isEmpty()) {
                return;
            }
            PresenceRepository.Row next = first.get();
            ResourceView desk = spaces.resource(new ResourceId(free.getFirst()));
            bookings.lockResource(desk.id().value());
            if (next.guest() == null && desks.claimOf(next.userId(), day.toString()).isPresent()) {
                // holds a desk after all (an import, say): out of the line, present
                presences.move(next.id(), List.of(PresenceStatus.WAITING), PresenceStatus.PRESENT, clock.millis());
                continue;
            }
            if (policy.autoAssign()) {
                UserId person = new UserId(next.userId());
                BookingView booking = days.insert(desk, day, window, person, false, next.guest(), null, person, null);
                presences.move(next.id(), List.of(PresenceStatus.WAITING), PresenceStatus.BOOKED, clock.millis());
                presences.attachBooking(next.id(), booking.id().value(), desk.id().value());
                events.publishEvent(new DeskAutoAssigned(view(find(next.id())), booking, null, clock.instant()));
                log.debug("Desk {} on {} assigned to presence {}", desk.id(), day, next.id());
            } else {
                long expiresAt = DeskDays.offerExpiry(now, window, properties.offerHold(), properties.offerHoldMin())
                        .toEpochMilli();
                desks.hold(desk.id().value(), day.toString(), next.id());
                presences.offer(next.id(), desk.id().value(), expiresAt, clock.millis());
                scheduler.scheduleIfNotExists(expiryTask.instance(String.valueOf(next.id())),
                        Instant.ofEpochMilli(expiresAt));
                events.publishEvent(new DeskOffered(view(find(next.id())), null, clock.instant()));
                log.debug("Desk {} on {} offered to presence {}", desk.id(), day, next.id());
            }
        }
    }

    PresenceView view(PresenceRepository.Row row) {
        boolean inLine = row.status() == PresenceStatus.WAITING || row.status() == PresenceStatus.OFFERED;
        String deskName = row.resourceId() == null ? null
                : spaces.findResource(new ResourceId(row.resourceId())).map(ResourceView::name).orElse(null);
        return new PresenceView(new PresenceId(row.id()), new SiteId(row.siteId()), LocalDate.parse(row.day()),
                new UserId(row.userId()), row.guest(), row.status(), inLine ? presences.position(row) : null,
                row.resourceId() == null ? null : new ResourceId(row.resourceId()), deskName,
                row.status() == PresenceStatus.OFFERED && row.offerExpiresAt() != null
                        ? Instant.ofEpochMilli(row.offerExpiresAt()) : null,
                row.bookingId() == null ? null : new BookingId(row.bookingId()), Instant.ofEpochMilli(row.createdAt()),
                Instant.ofEpochMilli(row.updatedAt()));
    }

    PresenceRepository.Row find(long id) {
        return presences.find(id).orElseThrow(() -> ProblemException.notFound("Presence", id));
    }

    private SiteView site(SiteId id) {
        try {
            return spaces.site(id);
        } catch (ProblemException notFound) {
            throw ProblemException.unknownReference("siteId", "Site", id.value());
        }
    }

    private static ProblemException offerGone(PresenceRepository.Row row) {
        return ProblemException.conflict("offer-gone", "There is no desk offer standing for this presence (it is "
                        + row.status() + ")")
                .with("status", row.status().name());
    }
}
