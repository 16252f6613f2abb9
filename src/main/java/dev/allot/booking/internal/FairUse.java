package dev.allot.booking.internal;

import dev.allot.booking.BookingLimit;
import dev.allot.booking.BookingLimitChanged;
import dev.allot.booking.BookingLimits;
import dev.allot.booking.BookingView;
import dev.allot.booking.LimitMeasure;
import dev.allot.booking.LimitUse;
import dev.allot.booking.PeakWindow;
import dev.allot.booking.SaveLimit;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Fair-use limits ({@link BookingLimits}): what admins set, and the count that every write of a
 * booking makes after it wrote, inside its transaction, under the person's lock, so that the count
 * includes what this request and every committed one hold (two racing requests are counted one after
 * the other). A week runs Monday to Sunday in the calendar of each booking's site; a booking counts in
 * the week of its start.
 */
@Component
class FairUse implements BookingLimits {

    /** Hours are counted to the minute; this forgives the rounding of minutes into hours. */
    private static final double EPSILON = 1e-9;

    private final LimitRepository limits;
    private final BookingRepository bookings;
    private final BookingWrites writes;
    private final Spaces spaces;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The longest booking the rules allow of any kind: how long ago an active booking may have begun. */
    private final Duration longest;

    FairUse(LimitRepository limits, BookingRepository bookings, BookingWrites writes, Spaces spaces, Identity identity,
            ApplicationEventPublisher events, BookingRulesProperties rules, Clock clock) {
        this.longest = java.util.stream.Stream.of(ResourceKind.values()).map(kind -> rules.of(kind).maxDuration())
                .max(Duration::compareTo).orElseThrow();
        this.limits = limits;
        this.bookings = bookings;
        this.writes = writes;
        this.spaces = spaces;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<BookingLimit> limits(CurrentUser admin) {
        admin.requireAdmin("Only admins see the fair-use limits");
        return limits.all();
    }

    @Override
    public BookingLimit create(SaveLimit command, CurrentUser admin) {
        admin.requireAdmin("Only admins set fair-use limits");
        validate(command);
        return writes.write(() -> {
            long id = limits.insert(command, clock.millis());
            BookingLimit made = limits.find(id).orElseThrow();
            events.publishEvent(new BookingLimitChanged(null, made, admin.id(), clock.instant()));
            return made;
        });
    }

    @Override
    public BookingLimit change(long id, SaveLimit command, CurrentUser admin) {
        admin.requireAdmin("Only admins change fair-use limits");
        BookingLimit before = limits.find(id).orElseThrow(() -> ProblemException.notFound("Limit", id));
        validate(command);
        return writes.write(() -> {
            if (!limits.update(id, command, clock.millis())) {
                throw ProblemException.notFound("Limit", id);
            }
            BookingLimit after = limits.find(id).orElseThrow();
            events.publishEvent(new BookingLimitChanged(before, after, admin.id(), clock.instant()));
            return after;
        });
    }

    @Override
    public void remove(long id, CurrentUser admin) {
        admin.requireAdmin("Only admins remove fair-use limits");
        BookingLimit before = limits.find(id).orElseThrow(() -> ProblemException.notFound("Limit", id));
        writes.write(() -> {
            if (limits.delete(id)) {
                events.publishEvent(new BookingLimitChanged(before, null, admin.id(), clock.instant()));
            }
            return before;
        });
    }

    @Override
    public List<LimitUse> use(CurrentUser person) {
        List<BookingLimit> held = limits.of(person.role());
        if (held.isEmpty()) {
            return List.of();
        }
        Map<Long, ResourceView> resources = new HashMap<>();
        @Nullable Long home = identity.findUser(person.id()).map(UserView::homeSiteId).orElse(null);
        return held.stream().map(limit -> {
            @Nullable LocalDate week = limit.measure().weekly() ? weekOf(clock.instant(), zone(limit, home)) : null;
            double used = used(limit, person.id().value(), week, Set.of(), resources);
            return new LimitUse(limit, week, used, Math.max(0, limit.amount() - used));
        }).toList();
    }

    /**
     * Inside the transaction that wrote {@code touched} (booked, or changed, for {@code owner}): refuses
     * with 422 {@code limit-exceeded} when {@code owner} now holds more than a limit allows, naming the
     * limit and what was left before this request. An admin acting for somebody else is not held.
     */
    void check(CurrentUser actor, UserId owner, Collection<BookingView> touched) {
        List<BookingView> active = touched.stream().filter(booking -> booking.status().active()).toList();
        if (active.isEmpty()) {
            return;
        }
        Role role;
        if (actor.id().equals(owner)) {
            role = actor.role();
        } else if (actor.isAdmin()) {
            return;
        } else {
            role = identity.findUser(owner).map(UserView::role).orElse(Role.MEMBER);
        }
        List<BookingLimit> held = limits.of(role);
        if (held.isEmpty()) {
            return;
        }
        bookings.lockPerson(owner.value());
        Set<Long> ids = active.stream().map(booking -> booking.id().value()).collect(Collectors.toSet());
        Map<Long, ResourceView> resources = new HashMap<>();
        for (BookingLimit limit : held) {
            List<BookingView> counted = active.stream()
                    .filter(booking -> applies(limit, booking.siteId(), booking.resourceKind())).toList();
            if (counted.isEmpty()) {
                continue;
            }
            Collection<@Nullable LocalDate> weeks = limit.measure().weekly()
                    ? counted.stream().map(booking -> weekOf(booking.startsAt(), booking.timeZone()))
                            .collect(Collectors.toCollection(TreeSet::new))
                    : java.util.Collections.singletonList(null);
            for (@Nullable LocalDate week : weeks) {
                double used = used(limit, owner.value(), week, Set.of(), resources);
                if (used > limit.amount() + EPSILON) {
                    double before = used(limit, owner.value(), week, ids, resources);
                    throw exceeded(limit, week, used, Math.max(0, limit.amount() - before));
                }
            }
        }
    }

    /** What {@code owner}'s active bookings, but {@code except}, use of {@code limit} (in {@code week}). */
    private double used(BookingLimit limit, long owner, @Nullable LocalDate week, Set<Long> except,
            Map<Long, ResourceView> resources) {
        List<BookingRepository.Held> held;
        if (week == null) {
            // not ended yet: begun at most the longest booking the rules allow ago
            long now = clock.millis();
            held = bookings.heldBy(owner, now - longest.toMillis(), Long.MAX_VALUE, now);
        } else {
            // a day either side covers every zone; each booking's own week decides below
            held = bookings.heldBy(owner, week.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                    week.plusDays(8).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), Long.MIN_VALUE);
        }
        double used = 0;
        Set<LocalDate> days = new TreeSet<>();
        for (BookingRepository.Held booking : held) {
            if (except.contains(booking.id())) {
                continue;
            }
            ResourceView resource = resources.computeIfAbsent(booking.resourceId(),
                    id -> spaces.resource(new ResourceId(id)));
            if (!applies(limit, resource.siteId(), resource.kind())) {
                continue;
            }
            ZoneId zone = resource.timeZone();
            Instant start = Instant.ofEpochMilli(booking.startsAt());
            Instant end = Instant.ofEpochMilli(booking.endsAt());
            if (week != null && !weekOf(start, zone).equals(week)) {
                continue;
            }
            switch (limit.measure()) {
                case ACTIVE_BOOKINGS -> used++;
                case HOURS_PER_WEEK -> used += Duration.between(start, end).toMinutes() / 60.0;
                case DAYS_PER_WEEK -> days.add(start.atZone(zone).toLocalDate());
                case PEAK_MINUTES_PER_WEEK -> used += peakMinutes(Objects.requireNonNull(limit.peak()), start, end, zone);
            }
        }
        return limit.measure() == LimitMeasure.DAYS_PER_WEEK ? days.size() : used;
    }

    static long peakMinutes(PeakWindow peak, Instant start, Instant end, ZoneId zone) {
        long minutes = 0;
        LocalDate last = end.atZone(zone).toLocalDate();
        for (LocalDate day = start.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (peak.days().contains(day.getDayOfWeek())) {
                Instant from = day.atTime(peak.start()).atZone(zone).toInstant();
                Instant to = day.atTime(peak.end()).atZone(zone).toInstant();
                Instant overlapStart = start.isAfter(from) ? start : from;
                Instant overlapEnd = end.isBefore(to) ? end : to;
                if (overlapEnd.isAfter(overlapStart)) {
                    minutes += Duration.between(overlapStart, overlapEnd).toMinutes();
                }
            }
        }
        return minutes;
    }

    private static boolean applies(BookingLimit limit, SiteId site, ResourceKind kind) {
        return (limit.siteId() == null || limit.siteId().equals(site)) && (limit.kind() == null || limit.kind() == kind);
    }

    static LocalDate weekOf(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The calendar a person's week is read in: the limit's site's, else their home site's, else UTC. */
    private ZoneId zone(BookingLimit limit, @Nullable Long home) {
        SiteId site = limit.siteId() != null ? limit.siteId() : home == null ? null : new SiteId(home);
        if (site == null) {
            return ZoneOffset.UTC;
        }
        try {
            return spaces.site(site).timeZone();
        } catch (ProblemException gone) {
            return ZoneOffset.UTC;
        }
    }

    private static RulesViolatedException exceeded(BookingLimit limit, @Nullable LocalDate week, double used,
            double remaining) {
        String unit = switch (limit.measure()) {
            case ACTIVE_BOOKINGS -> "active bookings";
            case HOURS_PER_WEEK -> "hours a week";
            case DAYS_PER_WEEK -> "days a week";
            case PEAK_MINUTES_PER_WEEK -> "peak-time minutes a week";
        };
        String left = LimitUse.amount(remaining);
        String message = "This goes past the limit of " + limit.amount() + " " + unit
                + (week == null ? "" : " (week of " + week + ")") + ": " + left + " left";
        RulesViolatedException refusal = new RulesViolatedException(List.of(new RuleViolation("limit-exceeded",
                "startsAt", message, List.of(limit.amount(), limit.measure().ordinal(), left,
                        week == null ? "" : week.toString()))));
        Map<String, @Nullable Object> named = new LinkedHashMap<>();
        named.put("id", limit.id());
        named.put("measure", limit.measure().name());
        named.put("amount", limit.amount());
        named.put("siteId", limit.siteId() == null ? null : limit.siteId().value());
        named.put("kind", limit.kind() == null ? null : limit.kind().name());
        named.put("weekOf", week == null ? null : week.toString());
        named.put("used", used);
        named.put("remaining", remaining);
        refusal.with("limit", named);
        return refusal;
    }

    private void validate(SaveLimit command) {
        if (command.role() == null) {
            throw ProblemException.invalidField("role", "is required: MEMBER or ADMIN");
        }
        if (command.role() == Role.VIEWER) {
            throw ProblemException.invalidField("role", "viewers cannot book; a limit is for MEMBER or ADMIN");
        }
        if (command.measure() == null) {
            throw ProblemException.invalidField("measure", "is required");
        }
        if (command.amount() < 1 || command.amount() > MAX_AMOUNT) {
            throw ProblemException.invalidField("amount", "must be between 1 and " + MAX_AMOUNT);
        }
        if (command.siteId() != null && spaces.sites().stream().noneMatch(site -> site.id().equals(command.siteId()))) {
            throw ProblemException.unknownReference("siteId", "Site", command.siteId().value());
        }
        boolean peak = command.measure() == LimitMeasure.PEAK_MINUTES_PER_WEEK;
        boolean anyPeak = (command.peakDays() != null && !command.peakDays().isEmpty()) || command.peakStart() != null
                || command.peakEnd() != null;
        if (!peak && anyPeak) {
            throw ProblemException.invalidField(command.peakDays() != null && !command.peakDays().isEmpty() ? "peakDays"
                    : command.peakStart() != null ? "peakStart" : "peakEnd",
                    "only a limit of PEAK_MINUTES_PER_WEEK has a peak window");
        }
        if (peak) {
            if (command.peakDays() == null || command.peakDays().isEmpty()
                    || command.peakDays().stream().anyMatch(Objects::isNull)) {
                throw ProblemException.invalidField("peakDays", "name the weekdays of the peak window");
            }
            if (command.peakStart() == null) {
                throw ProblemException.invalidField("peakStart", "is required for a peak window");
            }
            if (command.peakEnd() == null || !command.peakEnd().isAfter(command.peakStart())) {
                throw ProblemException.invalidField("peakEnd", "must be later than peakStart on the same day");
            }
        }
    }
}
