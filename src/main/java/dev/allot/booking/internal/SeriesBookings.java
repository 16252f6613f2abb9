package dev.allot.booking.internal;

import dev.allot.booking.BookSeries;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.ChangeBooking;
import dev.allot.booking.LocalSlot;
import dev.allot.booking.OnConflict;
import dev.allot.booking.SeriesActed;
import dev.allot.booking.SeriesId;
import dev.allot.booking.SeriesResult;
import dev.allot.booking.SeriesScope;
import dev.allot.booking.SeriesView;
import dev.allot.booking.SkippedOccurrence;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.platform.ApiTimes;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Booking a series (issue 18): the rule's days in the site's calendar, each occurrence judged by the
 * booking rules, then one transaction that holds the resource's lock (as a single booking's does),
 * checks each remaining occurrence against the bookings there, and inserts what may be booked, the
 * database still refusing any overlap. A series is never half made by accident: with FAIL anything in
 * the way books nothing; with SKIP the person asked for the rest.
 */
@Component
class SeriesBookings {

    /** An occurrence before it is booked: its day and instants. */
    private record Occurrence(LocalDate day, Instant startsAt, Instant endsAt) {}

    private final BookingRepository bookings;
    private final SeriesRepository series;
    private final BookingRules rules;
    private final BookingWrites writes;
    private final BookingDefaults defaults;
    private final Spaces spaces;
    private final FairUse fairUse;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeriesBookings(BookingRepository bookings, SeriesRepository series, BookingRules rules, BookingWrites writes,
            BookingDefaults defaults, Spaces spaces, FairUse fairUse, Identity identity, ApplicationEventPublisher events,
            Clock clock) {
        this.identity = identity;
        this.bookings = bookings;
        this.series = series;
        this.rules = rules;
        this.writes = writes;
        this.defaults = defaults;
        this.spaces = spaces;
        this.fairUse = fairUse;
        this.events = events;
        this.clock = clock;
    }

    SeriesResult book(BookSeries command, CurrentUser booker) {
        if (!booker.canBook()) {
            throw ProblemException.forbidden("Viewers cannot book; ask an admin for the member role");
        }
        ResourceView resource = spaces.findResource(command.resourceId())
                .orElseThrow(() -> ProblemException.unknownReference("resourceId", "Resource", command.resourceId()));
        if (resource.kind() == ResourceKind.DESK) {
            throw ProblemException.invalidField("repeat", "desks are booked by the day; a series is for rooms and equipment");
        }
        SiteView site = spaces.site(resource.siteId());
        ZoneId zone = resource.timeZone();
        LocalSlot first = command.first();
        String rule = Recurrences.rule(command.repeat(), first.date());
        String title = defaults.title(command.title(), booker);
        int attendees = BookingDefaults.attendees(command.attendees());
        Instant now = clock.instant();

        List<Occurrence> wanted = new ArrayList<>();
        List<SkippedOccurrence> refused = new ArrayList<>();
        for (LocalDate day : Recurrences.days(rule, first.date())) {
            LocalSlot slot = new LocalSlot(day, first.start(), first.end());
            Occurrence occurrence = new Occurrence(day, ApiTimes.check("first.date", slot.startsAt(zone)),
                    ApiTimes.check("first.date", slot.endsAt(zone)));
            List<RuleViolation> violations = rules.check(new BookingRequest(resource, site.openingHours(),
                    occurrence.startsAt(), occurrence.endsAt(), attendees, now));
            if (violations.isEmpty()) {
                wanted.add(occurrence);
            } else {
                RuleViolation violation = violations.getFirst();
                refused.add(new SkippedOccurrence(day, occurrence.startsAt(), occurrence.endsAt(), violation.rule(),
                        violation.message(), null));
            }
        }
        BookingStatus status = resource.requiresApproval() && !booker.isAdmin()
                ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        return writes.write(() -> {
            bookings.lockResource(resource.id().value());
            List<Occurrence> free = new ArrayList<>();
            List<SkippedOccurrence> skipped = new ArrayList<>(refused);
            for (Occurrence occurrence : wanted) {
                Optional<BookingRow> taken = bookings.firstOverlapping(resource.id().value(),
                        occurrence.startsAt().toEpochMilli(), occurrence.endsAt().toEpochMilli(), 0);
                if (taken.isPresent()) {
                    skipped.add(new SkippedOccurrence(occurrence.day(), occurrence.startsAt(), occurrence.endsAt(),
                            "booking-overlap", resource.name() + " is already booked then",
                            new BookingId(taken.get().id()), holder(taken.get())));
                } else {
                    free.add(occurrence);
                }
            }
            skipped.sort(Comparator.comparing(SkippedOccurrence::day));
            if ((command.onConflict() == OnConflict.FAIL && !skipped.isEmpty()) || free.isEmpty()) {
                throw conflicts(skipped, free.isEmpty() && command.onConflict() == OnConflict.SKIP
                        ? "No occurrence of the series can be booked"
                        : skipped.size() + " occurrence(s) of the series cannot be booked; nothing was booked. "
                                + "Send onConflict SKIP to book the others");
            }
            long seriesId = series.insert(resource.id().value(), booker.id().value(), rule, first.date(), first.start(),
                    first.end(), now.toEpochMilli());
            List<BookingView> booked = new ArrayList<>();
            for (Occurrence occurrence : free) {
                BookingRow row = bookings.insert(resource.id().value(), booker.id().value(), title, command.note(),
                        attendees, occurrence.startsAt().toEpochMilli(), occurrence.endsAt().toEpochMilli(), status,
                        now.toEpochMilli(), null, null, command.privateTitle(), seriesId, occurrence.day().toString());
                BookingView booking = row.view(resource);
                events.publishEvent(new BookingCreated(booking, booker.id(), now));
                booked.add(booking);
            }
            fairUse.check(booker, booker.id(), booked);
            SeriesView made = view(new SeriesRepository.SeriesRow(seriesId, resource.id().value(),
                    booker.id().value(), rule, first.date(), first.start(), first.end(), now.toEpochMilli()), zone,
                    booked);
            events.publishEvent(new SeriesActed(made, SeriesActed.Action.BOOKED, null, booker.id(), now));
            return new SeriesResult(made, List.copyOf(skipped));
        }, () -> ProblemException.conflict("booking-overlap",
                "Another booking took one of the occurrences meanwhile; nothing was booked, try again"));
    }

    SeriesView series(SeriesId id, CurrentUser viewer) {
        SeriesRepository.SeriesRow row = series.find(id.value())
                .orElseThrow(() -> ProblemException.notFound("Series", id));
        ResourceView resource = spaces.resource(new ResourceId(row.resourceId()));
        List<BookingView> occurrences = bookings.ofSeries(row.id()).stream()
                .map(booking -> booking.view(resource).seenBy(viewer)).toList();
        return view(row, resource.timeZone(), occurrences);
    }

    private static SeriesView view(SeriesRepository.SeriesRow row, ZoneId zone, List<BookingView> bookings) {
        return new SeriesView(new SeriesId(row.id()), new ResourceId(row.resourceId()), new UserId(row.userId()),
                row.rule(), row.firstDay(), row.startTime(), row.endTime(), zone, Instant.ofEpochMilli(row.createdAt()),
                bookings);
    }

    /**
     * Changes this occurrence and the following ones (FOLLOWING), or all that have not begun (ALL): each
     * keeps its day and takes the new times of day and details, under the rules of booking it and without
     * overlapping another booking; one that cannot is a 409 {@code series-conflicts} listing each, and
     * nothing changes. The changed occurrences become a series of their own when earlier ones stay as
     * they were, so that the calendar feed shows the old times before and the new ones after.
     */
    BookingView change(BookingView pivot, ChangeBooking command, CurrentUser actor) {
        Instant now = clock.instant();
        BookingPolicy.change(pivot, actor, now).ifPresent(refusal -> {
            throw refusal;
        });
        long seriesId = Objects.requireNonNull(pivot.seriesId()).value();
        ResourceView resource = spaces.resource(pivot.resourceId());
        ZoneId zone = resource.timeZone();
        ZonedDateTime start = command.startsAt().atZone(zone);
        ZonedDateTime end = command.endsAt().atZone(zone);
        LocalDate pivotDay = pivot.startsAt().atZone(zone).toLocalDate();
        if (!start.toLocalDate().equals(pivotDay)) {
            throw ProblemException.invalidField("startsAt", "a change of FOLLOWING or ALL occurrences keeps each on "
                    + "its day (" + pivotDay + " for this one); move this occurrence alone to another day with scope THIS");
        }
        if (!end.toLocalDate().equals(pivotDay) || !end.isAfter(start)) {
            throw ProblemException.invalidField("endsAt", "must be later on the same day for FOLLOWING or ALL occurrences");
        }
        LocalTime from = start.toLocalTime();
        LocalTime to = end.toLocalTime();
        String title = defaults.title(command.title(), actor);
        int attendees = BookingDefaults.attendees(command.attendees());
        SeriesRepository.SeriesRow row = series.find(seriesId).orElseThrow(() -> ProblemException.notFound("Series",
                pivot.seriesId()));
        List<BookingRow> rows = bookings.ofSeries(seriesId);
        List<BookingRow> touched = rows.stream()
                .filter(other -> other.status().active() && other.startsAt() > now.toEpochMilli()
                        && (command.scope() == SeriesScope.ALL || other.startsAt() >= pivot.startsAt().toEpochMilli()))
                .toList();
        var openingHours = spaces.site(resource.siteId()).openingHours();
        List<Occurrence> moves = new ArrayList<>();
        List<SkippedOccurrence> refused = new ArrayList<>();
        for (BookingRow occurrence : touched) {
            LocalDate day = Instant.ofEpochMilli(occurrence.startsAt()).atZone(zone).toLocalDate();
            LocalSlot slot = new LocalSlot(day, from, to);
            Occurrence moved = new Occurrence(day, slot.startsAt(zone), slot.endsAt(zone));
            moves.add(moved);
            List<RuleViolation> violations = rules.check(new BookingRequest(resource, openingHours, moved.startsAt(),
                    moved.endsAt(), attendees, now));
            if (!violations.isEmpty()) {
                refused.add(new SkippedOccurrence(day, moved.startsAt(), moved.endsAt(), violations.getFirst().rule(),
                        violations.getFirst().message(), null));
            }
        }
        if (!refused.isEmpty()) {
            throw conflicts(refused, refused.size() + " occurrence(s) cannot take the change; nothing was changed");
        }
        return writes.write(() -> {
            bookings.lockResource(resource.id().value());
            Set<Long> ids = touched.stream().map(BookingRow::id).collect(Collectors.toSet());
            List<SkippedOccurrence> taken = new ArrayList<>();
            for (int i = 0; i < touched.size(); i++) {
                Occurrence moved = moves.get(i);
                bookings.firstOverlapping(resource.id().value(), moved.startsAt().toEpochMilli(),
                                moved.endsAt().toEpochMilli(), touched.get(i).id())
                        .filter(other -> !ids.contains(other.id()))
                        .ifPresent(other -> taken.add(new SkippedOccurrence(moved.day(), moved.startsAt(),
                                moved.endsAt(), "booking-overlap", resource.name() + " is already booked then",
                                new BookingId(other.id()), holder(other))));
            }
            if (!taken.isEmpty()) {
                throw conflicts(taken, taken.size() + " occurrence(s) would overlap another booking; nothing was changed");
            }
            long target = split(row, rows, touched.getFirst(), zone, from, to, now);
            BookingView changedPivot = pivot;
            List<BookingView> after = new ArrayList<>();
            for (int i = 0; i < touched.size(); i++) {
                BookingRow occurrence = touched.get(i);
                Occurrence moved = moves.get(i);
                BookingView before = occurrence.view(resource);
                boolean shifted = moved.startsAt().toEpochMilli() != occurrence.startsAt()
                        || moved.endsAt().toEpochMilli() != occurrence.endsAt();
                BookingStatus status = shifted && resource.requiresApproval() && !actor.isAdmin()
                        ? BookingStatus.PENDING : occurrence.status();
                if (!bookings.change(occurrence.id(), moved.startsAt().toEpochMilli(), moved.endsAt().toEpochMilli(),
                        title, attendees, command.note(), status, now.toEpochMilli(), null)) {
                    throw ProblemException.conflict("booking-changed", "An occurrence of the series was changed "
                            + "meanwhile; nothing was changed, try again");
                }
                if (command.privateTitle() != null && command.privateTitle() != occurrence.privateTitle()) {
                    bookings.setPrivateTitle(occurrence.id(), command.privateTitle());
                }
                BookingView changed = bookings.findById(occurrence.id()).orElseThrow().view(resource);
                events.publishEvent(new BookingChanged(before, changed, actor.id(), now, true));
                after.add(changed);
                if (changed.id().equals(pivot.id())) {
                    changedPivot = changed;
                }
            }
            fairUse.check(actor, pivot.bookedBy(), after);
            SeriesRepository.SeriesRow current = series.find(target).orElseThrow();
            events.publishEvent(new SeriesActed(view(current, zone, after), SeriesActed.Action.CHANGED, null, actor.id(),
                    now));
            return changedPivot;
        }, () -> ProblemException.conflict("series-conflicts",
                "Another booking took one of the new times meanwhile; nothing was changed, try again"));
    }

    /**
     * Where a change begins at {@code first}: the series takes the new times from then on. When earlier
     * occurrences stay (past ones, or those before this one), the changed ones and those after become a
     * series of their own with the rest of the rule, and the old one ends the day before; the id of the
     * series that holds the change.
     */
    private long split(SeriesRepository.SeriesRow row, List<BookingRow> rows, BookingRow first, ZoneId zone,
            LocalTime from, LocalTime to, Instant now) {
        LocalDate splitDay = occurrenceDay(first, zone);
        List<Long> after = rows.stream().filter(other -> !occurrenceDay(other, zone).isBefore(splitDay))
                .map(BookingRow::id).toList();
        if (after.size() == rows.size()) {
            series.setTimes(row.id(), from, to);
            return row.id();
        }
        long split = series.insert(row.resourceId(), row.userId(), Recurrences.from(row.rule(), row.firstDay(), splitDay),
                splitDay, from, to, now.toEpochMilli());
        series.setRule(row.id(), Recurrences.until(row.rule(), splitDay.minusDays(1)));
        bookings.moveToSeries(after, split);
        return split;
    }

    /** Who booked {@code row}, by name, as colleagues see it. */
    private @Nullable String holder(BookingRow row) {
        return identity.findUser(new UserId(row.userId())).map(dev.allot.identity.UserView::displayName).orElse(null);
    }

    /** The day of its series {@code row} stands for (its start's own day before V29 kept it). */
    static LocalDate occurrenceDay(BookingRow row, ZoneId zone) {
        return row.occurrenceDay() != null ? LocalDate.parse(row.occurrenceDay())
                : Instant.ofEpochMilli(row.startsAt()).atZone(zone).toLocalDate();
    }

    /** The series {@code id} as it is, with {@code touched}: what a {@link SeriesActed} carries. */
    SeriesView acted(long id, ResourceView resource, List<BookingView> touched) {
        return view(series.find(id).orElseThrow(), resource.timeZone(), touched);
    }

    /** 409 {@code series-conflicts} listing every occurrence in the way, with why. */
    private static ProblemException conflicts(List<SkippedOccurrence> skipped, String detail) {
        List<Map<String, @Nullable Object>> listed = skipped.stream().map(s -> {
            Map<String, @Nullable Object> entry = new LinkedHashMap<>();
            entry.put("day", s.day().toString());
            entry.put("startsAt", s.startsAt().toString());
            entry.put("endsAt", s.endsAt().toString());
            entry.put("reason", s.reason());
            entry.put("detail", s.detail());
            entry.put("bookingId", s.conflictingBooking() == null ? null : s.conflictingBooking().value());
            entry.put("heldBy", s.heldBy());
            return entry;
        }).toList();
        return new ProblemException(HttpStatus.CONFLICT, "series-conflicts", "Series conflicts", detail)
                .with("conflicts", listed);
    }
}
