package dev.allot.booking.internal;

import dev.allot.booking.BookSeries;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.LocalSlot;
import dev.allot.booking.OnConflict;
import dev.allot.booking.SeriesId;
import dev.allot.booking.SeriesResult;
import dev.allot.booking.SeriesView;
import dev.allot.booking.SkippedOccurrence;
import dev.allot.identity.CurrentUser;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeriesBookings(BookingRepository bookings, SeriesRepository series, BookingRules rules, BookingWrites writes,
            BookingDefaults defaults, Spaces spaces, ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.series = series;
        this.rules = rules;
        this.writes = writes;
        this.defaults = defaults;
        this.spaces = spaces;
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
                            new BookingId(taken.get().id())));
                } else {
                    free.add(occurrence);
                }
            }
            skipped.sort(java.util.Comparator.comparing(SkippedOccurrence::day));
            if ((command.onConflict() == OnConflict.FAIL && !skipped.isEmpty()) || free.isEmpty()) {
                throw conflicts(skipped, free.isEmpty() && command.onConflict() == OnConflict.SKIP);
            }
            long seriesId = series.insert(resource.id().value(), booker.id().value(), rule, first.date(), first.start(),
                    first.end(), now.toEpochMilli());
            List<BookingView> booked = new ArrayList<>();
            for (Occurrence occurrence : free) {
                BookingRow row = bookings.insert(resource.id().value(), booker.id().value(), title, command.note(),
                        attendees, occurrence.startsAt().toEpochMilli(), occurrence.endsAt().toEpochMilli(), status,
                        now.toEpochMilli(), null, null, command.privateTitle(), seriesId);
                BookingView booking = row.view(resource);
                events.publishEvent(new BookingCreated(booking, booker.id(), now));
                booked.add(booking);
            }
            return new SeriesResult(view(new SeriesRepository.SeriesRow(seriesId, resource.id().value(),
                    booker.id().value(), rule, first.date(), first.start(), first.end(), now.toEpochMilli()), zone,
                    booked), List.copyOf(skipped));
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

    /** 409 {@code series-conflicts} listing every occurrence in the way, with why. */
    private static ProblemException conflicts(List<SkippedOccurrence> skipped, boolean noneLeft) {
        List<Map<String, @Nullable Object>> listed = skipped.stream().map(s -> {
            Map<String, @Nullable Object> entry = new java.util.LinkedHashMap<>();
            entry.put("day", s.day().toString());
            entry.put("startsAt", s.startsAt().toString());
            entry.put("endsAt", s.endsAt().toString());
            entry.put("reason", s.reason());
            entry.put("detail", s.detail());
            entry.put("bookingId", s.conflictingBooking() == null ? null : s.conflictingBooking().value());
            return entry;
        }).toList();
        String detail = noneLeft ? "No occurrence of the series can be booked"
                : skipped.size() + " occurrence(s) of the series cannot be booked; nothing was booked. "
                        + "Send onConflict SKIP to book the others";
        return new ProblemException(HttpStatus.CONFLICT, "series-conflicts", "Series conflicts", detail)
                .with("conflicts", listed);
    }
}
