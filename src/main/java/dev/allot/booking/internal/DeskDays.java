package dev.allot.booking.internal;

import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.DeskPolicy;
import dev.allot.booking.Guest;
import dev.allot.booking.SiteDay;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.space.DailyHours;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.booking.LocalSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a desk day is and the rules for one: its bookable hours (the site's opening hours that day,
 * or the whole local day), from today up to the desk horizon; the insert of its booking (the
 * database claims the day); and the 409s that name who holds a desk or which desk a person holds.
 */
@Component
class DeskDays {

    /** The bookable hours of a desk day: [start, end). */
    record Window(Instant start, Instant end) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final BookingRepository bookings;
    private final DeskRepository desks;
    private final BookingRulesProperties limits;
    private final Identity identity;
    private final dev.allot.space.Spaces spaces;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    DeskDays(BookingRepository bookings, DeskRepository desks, BookingRulesProperties limits, Identity identity,
            dev.allot.space.Spaces spaces, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.bookings = bookings;
        this.desks = desks;
        this.limits = limits;
        this.identity = identity;
        this.spaces = spaces;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The day's bookable hours at a site; empty when the site is closed that day. */
    static Optional<Window> window(OpeningHours hours, ZoneId zone, LocalDate day) {
        if (hours.alwaysOpen()) {
            SiteDay whole = new SiteDay(day, zone);
            return Optional.of(new Window(whole.start(), whole.end()));
        }
        return hours.days().stream()
                .filter(open -> open.day() == day.getDayOfWeek())
                .findFirst()
                .map(open -> slot(day, open, zone));
    }

    private static Window slot(LocalDate day, DailyHours open, ZoneId zone) {
        LocalSlot slot = new LocalSlot(day, open.opens(), open.closes());
        return new Window(slot.startsAt(zone), slot.endsAt(zone));
    }

    /**
     * The 422 rules of a day at a site: not before today, not after the desk horizon, not closed, not
     * over. Adds to {@code violations}; answers the window when the day is open.
     */
    Optional<Window> checkDay(SiteView site, LocalDate day, List<RuleViolation> violations) {
        LocalDate today = SiteDay.today(clock, site.timeZone()).date();
        long days = limits.desk().horizon().toDays();
        LocalDate lastDay = today.plusDays(days);
        if (day.isBefore(today)) {
            violations.add(new RuleViolation("in-the-past", "day", "The day " + day + " is over", List.of(day)));
            return Optional.empty();
        }
        if (day.isAfter(lastDay)) {
            violations.add(new RuleViolation("horizon", "day",
                    "Desks can be booked at most " + days + " days ahead (until " + lastDay + ")",
                    List.of(days, lastDay)));
            return Optional.empty();
        }
        Optional<Window> window = window(site.openingHours(), site.timeZone(), day);
        if (window.isEmpty()) {
            violations.add(new RuleViolation("closed", "day", site.name() + " is closed on " + format(day),
                    List.of(site.name(), format(day))));
        } else if (!window.get().end().isAfter(clock.instant())) {
            violations.add(new RuleViolation("in-the-past", "day", "The day " + day + " is over", List.of(day)));
            return Optional.empty();
        }
        return window;
    }

    /** A desk that is somebody's fixed desk and not released that day, for anyone but its owner. */
    Optional<RuleViolation> fixedDesk(ResourceView desk, LocalDate day, UserId booker) {
        return desks.fixed(desk.id().value())
                .filter(fixed -> fixed.userId() != booker.value())
                .filter(fixed -> !desks.released(desk.id().value(), day.toString()))
                .map(fixed -> new RuleViolation("fixed-desk", "resourceId",
                        desk.name() + " is somebody's fixed desk", List.of(desk.name())));
    }

    /** A host who brings as many guests that day as the site allows. */
    Optional<RuleViolation> guestLimit(UserId host, LocalDate day, DeskPolicy policy) {
        int guests = desks.guestsOf(host.value(), day.toString());
        return guests >= policy.guestsPerHost()
                ? Optional.of(new RuleViolation("guest-limit", "guest",
                        "A host may bring at most " + policy.guestsPerHost() + " guests a day",
                        List.of(policy.guestsPerHost())))
                : Optional.empty();
    }

    DeskPolicy policy(long siteId) {
        return desks.policy(siteId).orElse(DeskPolicy.DEFAULT);
    }

    /**
     * Inside a transaction that holds the site's and the desk's locks: the booking of a desk day,
     * CONFIRMED (PENDING when the desk needs approval and the booker is no admin). The trigger
     * claims the day; the claim's keys refuse a held desk or a second desk of the person.
     */
    BookingView insert(ResourceView desk, LocalDate day, Window window, UserId booker, boolean adminBooks,
            @Nullable Guest guest, @Nullable String note, UserId actor, @Nullable String language) {
        BookingStatus status = desk.requiresApproval() && !adminBooks ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        BookingRow row = bookings.insert(desk.id().value(), booker.value(), title(guest, language), note, 1,
                window.start().toEpochMilli(), window.end().toEpochMilli(), status, clock.millis(), day.toString(),
                guest);
        BookingView booking = row.view(desk);
        events.publishEvent(new BookingCreated(booking, actor, clock.instant()));
        return booking;
    }

    private String title(@Nullable Guest guest, @Nullable String language) {
        Locale locale = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
        return guest == null ? messages.getMessage("desk.title", null, "Desk", locale)
                : messages.getMessage("desk.title.guest", new Object[] {guest.name()}, "Desk for " + guest.name(),
                        locale);
    }

    /**
     * Checks inside the transaction (locks held) that the desk is free that day and that the booker
     * (not for a guest) holds no desk: the 409s with names; the database refuses what slips by.
     */
    void requireFree(ResourceView desk, LocalDate day, Window window, UserId booker, boolean forGuest,
            @Nullable Long exceptPresence) {
        desks.claim(desk.id().value(), day.toString())
                .filter(claim -> exceptPresence == null || !exceptPresence.equals(claim.presenceId()))
                .ifPresent(claim -> {
                    throw deskTaken(desk, day, claim);
                });
        if (desks.bookedBetween(desk.id().value(), window.start().toEpochMilli(), window.end().toEpochMilli())) {
            throw deskTaken(desk, day, null);
        }
        if (!forGuest) {
            desks.claimOf(booker.value(), day.toString()).ifPresent(claim -> {
                throw alreadyHasDesk(day, claim);
            });
        }
    }

    /** 409 desk-taken naming who has it (desk holders are public in who's in). */
    ProblemException deskTaken(ResourceView desk, LocalDate day, DeskRepository.@Nullable Claim claim) {
        String holder;
        if (claim == null) {
            holder = "another booking";
        } else if (claim.presenceId() != null) {
            holder = "an offer to someone waiting";
        } else {
            BookingRow booking = bookings.findById(claim.bookingId()).orElseThrow();
            String booker = name(new UserId(booking.userId()));
            holder = booking.guestName() == null ? booker : booking.guestName() + " (guest of " + booker + ")";
        }
        return ProblemException.conflict("desk-taken", desk.name() + " is taken on " + format(day) + " by " + holder)
                .with("desk", desk.name())
                .with("day", format(day))
                .with("holder", holder);
    }

    /** 409 already-has-desk: "You already have Desk 12 on Thu 3 Dec". */
    ProblemException alreadyHasDesk(LocalDate day, DeskRepository.Claim claim) {
        String deskName = bookings.findById(claim.bookingId() == null ? -1 : claim.bookingId())
                .map(BookingRow::resourceId)
                .map(this::deskName)
                .orElse("a desk");
        return ProblemException.conflict("already-has-desk", "You already have " + deskName + " on " + format(day))
                .with("desk", deskName)
                .with("day", format(day))
                .with("bookingId", claim.bookingId() == null ? 0 : claim.bookingId());
    }

    /** The generic refusals when the database, not the checks, refused (a race across desks). */
    ProblemException explain(ProblemException refusal, ResourceView desk, LocalDate day, UserId booker) {
        if (refusal.type().equals("already-has-desk")) {
            return desks.claimOf(booker.value(), day.toString()).map(claim -> alreadyHasDesk(day, claim))
                    .orElse(refusal);
        }
        if (refusal.type().equals("desk-taken") || refusal.type().equals("booking-overlap")) {
            return deskTaken(desk, day, desks.claim(desk.id().value(), day.toString()).orElse(null));
        }
        return refusal;
    }

    private String deskName(long resourceId) {
        return spaces.findResource(new ResourceId(resourceId)).map(ResourceView::name).orElse("a desk");
    }

    String name(UserId user) {
        return identity.findUser(user).map(UserView::displayName).orElse("#" + user.value());
    }

    static String format(LocalDate day) {
        return day.format(DAY);
    }

    /**
     * Until when an offer made at {@code now} holds the desk: half the time left before the day
     * starts, within [min, hold], never past the start; once the day has begun, min, never past its end.
     */
    static Instant offerExpiry(Instant now, Window window, Duration hold, Duration min) {
        if (now.isBefore(window.start())) {
            Duration half = Duration.between(now, window.start()).dividedBy(2);
            Duration held = half.compareTo(hold) > 0 ? hold : half.compareTo(min) < 0 ? min : half;
            Instant until = now.plus(held);
            return until.isAfter(window.start()) ? window.start() : until;
        }
        Instant until = now.plus(min);
        return until.isAfter(window.end()) ? window.end() : until;
    }

    static List<RuleViolation> none() {
        return new ArrayList<>();
    }
}
