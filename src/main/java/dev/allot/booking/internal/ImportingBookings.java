package dev.allot.booking.internal;

import dev.allot.booking.BookingId;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.BookingsImported;
import dev.allot.booking.ImportedBooking;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports a batch of bookings made elsewhere, all or nothing: the rules that do not depend on the
 * moment of import are checked in Java for every row, overlaps within the batch are found before
 * writing (for a message that names both rows), and the database's own overlap guard still decides
 * against stored bookings.
 */
@Component
class ImportingBookings {

    /** More than this many broken rows are not listed one by one. */
    private static final int MAX_REPORTED = 100;

    private final BookingRepository bookings;
    private final BookingRules rules;
    private final Spaces spaces;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final BookingWrites writes;
    private final BookingDefaults defaults;
    private final Clock clock;

    ImportingBookings(BookingRepository bookings, BookingRules rules, Spaces spaces, Identity identity,
            ApplicationEventPublisher events, BookingWrites writes, BookingDefaults defaults, Clock clock) {
        this.bookings = bookings;
        this.rules = rules;
        this.spaces = spaces;
        this.identity = identity;
        this.events = events;
        this.writes = writes;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** The batch's size and fields are checked by the facade ({@link dev.allot.booking.ImportBookings}). */
    List<BookingId> importBookings(List<ImportedBooking> given, CurrentUser admin) {
        if (!admin.isAdmin()) {
            throw ProblemException.forbidden("Only admins import bookings");
        }
        List<ImportedBooking> batch = given.stream().map(b -> withDefaults(b, admin)).toList();
        Map<ResourceId, ResourceView> resources = spaces.resourcesByIds(
                batch.stream().map(ImportedBooking::resourceId).collect(Collectors.toSet()));
        Set<UserId> people = identity.usersByIds(
                batch.stream().map(ImportedBooking::bookedBy).collect(Collectors.toSet())).keySet();
        Map<SiteId, OpeningHours> hours = new HashMap<>();
        Instant now = clock.instant();

        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < batch.size() && violations.size() < MAX_REPORTED; i++) {
            violations.addAll(check(i, batch.get(i), resources, people, hours, now));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
        overlapWithinBatch(batch, resources).ifPresent(conflict -> {
            throw conflict;
        });

        List<BookingRepository.NewBooking> rows = batch.stream().map(b -> new BookingRepository.NewBooking(
                        b.resourceId().value(), b.bookedBy().value(), b.title(), b.note(), b.attendees(),
                        b.startsAt().toEpochMilli(), b.endsAt().toEpochMilli(), b.status(),
                        b.status() == BookingStatus.REJECTED ? admin.id().value() : null,
                        b.status() == BookingStatus.CANCELLED ? b.bookedBy().value() : null,
                        b.checkedInAt() == null ? null : b.checkedInAt().toEpochMilli()))
                .toList();
        return writes.write(() -> {
            bookings.lockImports();
            long stamp = clock.millis();
            List<Long> ids = bookings.insertAll(rows, stamp);
            List<BookingView> views = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                var row = rows.get(i);
                views.add(new BookingRow(ids.get(i), row.resourceId(), row.userId(), row.title(), row.note(),
                        row.attendees(), row.startsAt(), row.endsAt(), row.status(), stamp, stamp,
                        row.decidedBy(), row.cancelledBy(), null, row.checkedInAt(), null, null, null, false, null, null)
                        .view(resources.get(new ResourceId(row.resourceId()))));
            }
            events.publishEvent(new BookingsImported(List.copyOf(views), admin.id(), clock.instant()));
            return ids.stream().map(BookingId::new).toList();
        }, () -> overlapWithStored(batch, resources));
    }

    private ImportedBooking withDefaults(ImportedBooking b, CurrentUser admin) {
        return new ImportedBooking(b.resourceId(), b.bookedBy(), b.startsAt(), b.endsAt(),
                defaults.title(b.title(), admin), BookingDefaults.attendees(b.attendees()),
                BookingDefaults.importedStatus(b.status()), b.note(), b.checkedInAt());
    }

    private List<RuleViolation> check(int i, ImportedBooking b, Map<ResourceId, ResourceView> resources,
            Set<UserId> people, Map<SiteId, OpeningHours> hours, Instant now) {
        String row = "bookings[" + i + "].";
        List<RuleViolation> found = new ArrayList<>();
        ResourceView resource = resources.get(b.resourceId());
        if (resource == null) {
            found.add(violation("unknown-resource", row + "resourceId", "No resource " + b.resourceId().value()));
        }
        if (!people.contains(b.bookedBy())) {
            found.add(violation("unknown-person", row + "bookedBy", "No person " + b.bookedBy().value()));
        }
        if (b.status() == BookingStatus.PENDING && !b.startsAt().isAfter(now)) {
            found.add(violation("pending-in-past", row + "status",
                    "Only a booking that has not started yet can wait for approval"));
        }
        Instant checkedIn = b.checkedInAt();
        if (checkedIn != null) {
            if (b.status() != BookingStatus.CONFIRMED) {
                found.add(violation("check-in-not-confirmed", row + "checkedInAt",
                        "Only a confirmed booking can be checked in"));
            } else if (!BookingPolicy.checkInWindowContains(b.startsAt(), b.endsAt(), checkedIn)
                    || checkedIn.isAfter(now)) {
                found.add(violation("check-in-time", row + "checkedInAt", "A check-in happens "
                        + BookingPolicy.checkInWindow() + ", and not in the future"));
            }
        }
        if (resource != null) {
            OpeningHours openingHours = hours.computeIfAbsent(resource.siteId(), id -> spaces.site(id).openingHours());
            for (RuleViolation v : rules.checkImport(new BookingRequest(resource, openingHours, b.startsAt(),
                    b.endsAt(), b.attendees(), now))) {
                found.add(new RuleViolation(v.rule(), row + v.field(), v.message(), v.arguments()));
            }
        }
        return found;
    }

    /** Two active rows of the batch on one resource that overlap, as a 409 naming both. */
    private static Optional<ProblemException> overlapWithinBatch(List<ImportedBooking> batch,
            Map<ResourceId, ResourceView> resources) {
        List<Integer> active = IntStream.range(0, batch.size())
                .filter(i -> batch.get(i).status().active())
                .boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> batch.get(i).resourceId().value())
                        .thenComparing(i -> batch.get(i).startsAt()))
                .toList();
        for (int k = 1; k < active.size(); k++) {
            ImportedBooking previous = batch.get(active.get(k - 1));
            ImportedBooking current = batch.get(active.get(k));
            if (previous.resourceId().equals(current.resourceId()) && current.startsAt().isBefore(previous.endsAt())) {
                int first = Math.min(active.get(k - 1), active.get(k));
                int second = Math.max(active.get(k - 1), active.get(k));
                return Optional.of(ProblemException.conflict("booking-overlap", "Rows " + first + " and " + second
                                + " book " + resources.get(current.resourceId()).name() + " at overlapping times")
                        .with("rows", List.of(first, second)));
            }
        }
        return Optional.empty();
    }

    /** After the database refused the batch: which row overlaps which stored booking. */
    private ProblemException overlapWithStored(List<ImportedBooking> batch, Map<ResourceId, ResourceView> resources) {
        for (int i = 0; i < batch.size(); i++) {
            ImportedBooking b = batch.get(i);
            if (!b.status().active()) {
                continue;
            }
            Optional<BookingRow> other = bookings.firstOverlapping(b.resourceId().value(), b.startsAt().toEpochMilli(),
                    b.endsAt().toEpochMilli(), 0);
            if (other.isPresent()) {
                return ProblemException.conflict("booking-overlap", "Row " + i + " overlaps booking " + other.get().id()
                                + " of " + resources.get(b.resourceId()).name())
                        .with("rows", List.of(i))
                        .with("conflict", Map.of("bookingId", other.get().id(), "startsAt",
                                Instant.ofEpochMilli(other.get().startsAt()).toString(), "endsAt",
                                Instant.ofEpochMilli(other.get().endsAt()).toString()));
            }
        }
        // the stored booking was cancelled meanwhile
        return ProblemException.conflict("booking-overlap", "The import overlaps stored bookings; try again");
    }

    private static RuleViolation violation(String rule, String field, String message) {
        return new RuleViolation(rule, field, message, List.of());
    }
}
