package dev.allot.booking.internal;

import dev.allot.booking.BookResource;
import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingResult;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.ChangeBooking;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.DatabaseVendor;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class BookingService implements Bookings {

    private static final Logger log = LoggerFactory.getLogger(BookingService.class);
    private static final int ATTEMPTS = 3;
    /** PostgreSQL deadlock and serialization failure: the transaction may simply be retried. */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40P01", "40001");

    private final BookingRepository bookings;
    private final IdempotencyRepository idempotency;
    private final BookingRules rules;
    private final Spaces spaces;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BookingImport importer;

    BookingService(BookingRepository bookings, IdempotencyRepository idempotency, BookingRules rules, Spaces spaces,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock,
            BookingImport importer) {
        this.importer = importer;
        this.bookings = bookings;
        this.idempotency = idempotency;
        this.rules = rules;
        this.spaces = spaces;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public BookingResult book(BookResource command, CurrentUser booker) {
        if (!booker.canBook()) {
            throw ProblemException.forbidden("Viewers cannot book; ask an admin for the member role");
        }
        ResourceView resource = spaces.findResource(command.resourceId())
                .orElseThrow(() -> ProblemException.unknownReference("resourceId", "Resource", command.resourceId()));
        var openingHours = spaces.site(resource.siteId()).openingHours();
        Instant now = clock.instant();
        List<RuleViolation> violations = rules.check(new BookingRequest(resource, openingHours, command.startsAt(),
                command.endsAt(), command.attendees(), now));
        if (!violations.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
        BookingStatus status = resource.requiresApproval() && !booker.isAdmin()
                ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        for (int attempt = 1; ; attempt++) {
            try {
                BookingResult result = transactions.execute(tx -> insert(command, booker, resource, status));
                if (!result.replayed()) {
                    log.debug("Booking {} of resource {} by user {}", result.booking().id(), resource.id(), booker.id());
                }
                return result;
            } catch (DataAccessException e) {
                if (DatabaseVendor.isViolationOf(e, BookingRepository.OVERLAP_CONSTRAINT)) {
                    throw overlapConflict(resource, command.startsAt(), command.endsAt(), 0);
                }
                if (attempt < ATTEMPTS && isTransient(e)) {
                    continue;
                }
                throw e;
            }
        }
    }

    private BookingResult insert(BookResource command, CurrentUser booker, ResourceView resource, BookingStatus status) {
        long userId = booker.id().value();
        long now = clock.millis();
        bookings.lockResource(resource.id().value());
        String key = command.idempotencyKey();
        if (key != null) {
            String hash = requestHash(command);
            if (!idempotency.claim(userId, key, hash, now)) {
                return replay(userId, key, hash, resource);
            }
        }
        BookingRow row = bookings.insert(resource.id().value(), userId, command.title(), command.note(),
                command.attendees(), command.startsAt().toEpochMilli(), command.endsAt().toEpochMilli(), status, now);
        if (key != null) {
            idempotency.attach(userId, key, row.id());
        }
        BookingView booking = row.view(resource);
        events.publishEvent(new BookingCreated(booking, booker.id(), clock.instant()));
        return new BookingResult(booking, false);
    }

    private BookingResult replay(long userId, String key, String hash, ResourceView resource) {
        IdempotencyRepository.StoredKey stored = idempotency.find(userId, key).orElseThrow();
        if (!stored.requestHash().equals(hash) || stored.bookingId() == null) {
            throw new ProblemException(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a different booking request; use a new key")
                    .with("errors", List.of(new ProblemException.FieldError("Idempotency-Key", "was used for another request")));
        }
        BookingRow row = bookings.findById(stored.bookingId()).orElseThrow();
        ResourceView bookedResource = row.resourceId() == resource.id().value() ? resource
                : spaces.resource(new ResourceId(row.resourceId()));
        return new BookingResult(row.view(bookedResource), true);
    }

    private ProblemException overlapConflict(ResourceView resource, Instant startsAt, Instant endsAt, long exceptId) {
        return bookings.firstOverlapping(resource.id().value(), startsAt.toEpochMilli(), endsAt.toEpochMilli(),
                        exceptId)
                .map(other -> {
                    String from = local(other.startsAt(), resource);
                    String to = local(other.endsAt(), resource);
                    return ProblemException.conflict("booking-overlap",
                                    resource.name() + " is already booked from " + from + " to " + to)
                            .with("conflict", Map.of("bookingId", other.id(), "startsAt", from, "endsAt", to));
                })
                // the other booking was cancelled between our insert and this read
                .orElseGet(() -> ProblemException.conflict("booking-overlap",
                        resource.name() + " is already booked at that time"));
    }

    private static String local(long epochMillis, ResourceView resource) {
        return local(epochMillis, resource.timeZone());
    }

    private static String local(long epochMillis, BookingView booking) {
        return local(epochMillis, booking.timeZone());
    }

    private static String local(long epochMillis, java.time.ZoneId zone) {
        return Instant.ofEpochMilli(epochMillis).atZone(zone).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public BookingView change(ChangeBooking command, CurrentUser actor) {
        BookingView before = booking(command.id());
        if (!actor.isAdmin() && !(before.bookedBy().equals(actor.id()) && actor.canBook())) {
            throw ProblemException.forbidden("Only the person who booked, or an admin, can change this booking");
        }
        if (!before.status().active()) {
            throw ProblemException.conflict("booking-not-active", "The booking is already " + before.status().name().toLowerCase());
        }
        if (!before.endsAt().isAfter(clock.instant())) {
            throw ProblemException.conflict("booking-ended", "The booking has already ended");
        }
        ResourceView resource = spaces.resource(before.resourceId());
        List<RuleViolation> violations = rules.check(new BookingRequest(resource,
                spaces.site(resource.siteId()).openingHours(), command.startsAt(), command.endsAt(),
                command.attendees(), clock.instant()));
        if (!violations.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
        boolean moved = !command.startsAt().equals(before.startsAt()) || !command.endsAt().equals(before.endsAt());
        BookingStatus status = moved && resource.requiresApproval() && !actor.isAdmin()
                ? BookingStatus.PENDING : before.status();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    bookings.lockResource(resource.id().value());
                    if (!bookings.change(before.id().value(), command.startsAt().toEpochMilli(),
                            command.endsAt().toEpochMilli(), command.title(), command.attendees(), command.note(),
                            status, clock.millis())) {
                        throw ProblemException.conflict("booking-changed",
                                "The booking was changed meanwhile; it is now " + booking(before.id()).status());
                    }
                    BookingView after = booking(before.id());
                    events.publishEvent(new BookingChanged(before, after, actor.id(), clock.instant()));
                    return after;
                });
            } catch (DataAccessException e) {
                if (DatabaseVendor.isViolationOf(e, BookingRepository.OVERLAP_CONSTRAINT)) {
                    throw overlapConflict(resource, command.startsAt(), command.endsAt(), before.id().value());
                }
                if (attempt < ATTEMPTS && isTransient(e)) {
                    continue;
                }
                throw e;
            }
        }
    }

    @Override
    public BookingView cancel(BookingId id, @Nullable String reason, CurrentUser actor) {
        BookingView booking = booking(id);
        boolean own = booking.bookedBy().equals(actor.id());
        if (!actor.isAdmin() && !(own && actor.canBook())) {
            throw ProblemException.forbidden("Only the person who booked, or an admin, can cancel this booking");
        }
        if (!booking.status().active()) {
            throw ProblemException.conflict("booking-not-active", "The booking is already " + booking.status().name().toLowerCase());
        }
        if (!booking.endsAt().isAfter(clock.instant())) {
            throw ProblemException.conflict("booking-ended", "The booking has already ended");
        }
        return transition(booking, List.copyOf(BookingStatus.ACTIVE), BookingStatus.CANCELLED, actor, reason,
                view -> new BookingCancelled(view, actor.id(), clock.instant()));
    }

    @Override
    public BookingView approve(BookingId id, CurrentUser admin) {
        requireAdmin(admin);
        BookingView booking = booking(id);
        requirePending(booking);
        return transition(booking, List.of(BookingStatus.PENDING), BookingStatus.CONFIRMED, admin, null,
                view -> new BookingApproved(view, admin.id(), clock.instant()));
    }

    @Override
    public BookingView reject(BookingId id, @Nullable String reason, CurrentUser admin) {
        requireAdmin(admin);
        BookingView booking = booking(id);
        requirePending(booking);
        return transition(booking, List.of(BookingStatus.PENDING), BookingStatus.REJECTED, admin, reason,
                view -> new BookingRejected(view, admin.id(), clock.instant()));
    }

    private BookingView transition(BookingView booking, List<BookingStatus> from, BookingStatus to, CurrentUser actor,
            @Nullable String reason, java.util.function.Function<BookingView, Object> event) {
        return transactions.execute(tx -> {
            if (!bookings.transition(booking.id().value(), from, to, actor.id().value(), reason, clock.millis())) {
                throw ProblemException.conflict("booking-changed",
                        "The booking was changed meanwhile; it is now " + booking(booking.id()).status());
            }
            BookingView changed = booking(booking.id());
            events.publishEvent(event.apply(changed));
            return changed;
        });
    }

    @Override
    public int anonymiseEndedBefore(java.time.Instant before) {
        // One statement: atomic by itself, and part of the caller's transaction when there is one.
        return bookings.anonymiseEndedBefore(before.toEpochMilli());
    }

    @Override
    public BookingView checkIn(BookingId id, CurrentUser actor) {
        BookingView booking = booking(id);
        if (!booking.bookedBy().equals(actor.id()) && !actor.isAdmin()) {
            throw ProblemException.forbidden("Only the person who booked, or an admin, can check in");
        }
        if (booking.checkedInAt() != null) {
            return booking;
        }
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw ProblemException.conflict("check-in-not-confirmed",
                    "Only a confirmed booking can be checked in; this one is " + booking.status().name().toLowerCase());
        }
        Instant now = clock.instant();
        if (now.isBefore(booking.startsAt().minus(CHECK_IN_OPENS)) || !now.isBefore(booking.endsAt())) {
            throw ProblemException.conflict("check-in-closed", "Check-in opens " + CHECK_IN_OPENS.toMinutes()
                    + " minutes before the booking starts and closes when it ends")
                    .with("opensAt", local(booking.startsAt().minus(CHECK_IN_OPENS).toEpochMilli(), booking))
                    .with("closesAt", local(booking.endsAt().toEpochMilli(), booking));
        }
        return transactions.execute(tx -> {
            if (!bookings.checkIn(id.value(), now.toEpochMilli())) {
                // checked in meanwhile (a double click), or no longer confirmed
                BookingView current = booking(id);
                if (current.checkedInAt() != null) {
                    return current;
                }
                throw ProblemException.conflict("booking-changed", "The booking was changed meanwhile; it is now "
                        + current.status().name().toLowerCase());
            }
            BookingView checkedIn = booking(id);
            events.publishEvent(new dev.allot.booking.BookingCheckedIn(checkedIn, actor.id(), now));
            return checkedIn;
        });
    }

    @Override
    public List<BookingId> importBookings(List<dev.allot.booking.ImportedBooking> batch, CurrentUser admin) {
        return importer.importBookings(batch, admin);
    }

    @Override
    public Map<ResourceId, List<dev.allot.booking.BookedTime>> activeTimes(java.util.Collection<ResourceId> resources,
            Instant from, Instant to) {
        if (resources.isEmpty()) {
            return Map.of();
        }
        Map<ResourceId, List<dev.allot.booking.BookedTime>> times = new HashMap<>();
        bookings.activeTimes(resources.stream().map(ResourceId::value).toList(), from.toEpochMilli(), to.toEpochMilli())
                .forEach((id, ranges) -> times.put(new ResourceId(id), ranges.stream()
                        .map(r -> new dev.allot.booking.BookedTime(Instant.ofEpochMilli(r[0]), Instant.ofEpochMilli(r[1])))
                        .toList()));
        return times;
    }

    @Override
    public BookingView booking(BookingId id) {
        BookingRow row = bookings.findById(id.value()).orElseThrow(() -> ProblemException.notFound("Booking", id));
        return row.view(spaces.resource(new ResourceId(row.resourceId())));
    }

    @Override
    public Page<BookingView> list(BookingQuery query, PageRequest page) {
        long total = bookings.count(query);
        List<BookingRow> rows = total == 0 ? List.of() : bookings.find(query, page.offset(), page.size());
        Map<ResourceId, ResourceView> resources = spaces.resourcesByIds(
                rows.stream().map(row -> new ResourceId(row.resourceId())).toList());
        List<BookingView> views = rows.stream()
                .map(row -> row.view(resources.get(new ResourceId(row.resourceId()))))
                .toList();
        return new Page<>(views, page.page(), page.size(), total);
    }

    private static void requireAdmin(CurrentUser actor) {
        if (!actor.isAdmin()) {
            throw ProblemException.forbidden("Only admins approve or reject bookings");
        }
    }

    private static void requirePending(BookingView booking) {
        if (booking.status() != BookingStatus.PENDING) {
            throw ProblemException.conflict("booking-not-pending",
                    "Only pending bookings can be approved or rejected; this one is " + booking.status());
        }
    }

    private static boolean isTransient(DataAccessException e) {
        String state = DatabaseVendor.sqlState(e);
        // SQLite answers SQLITE_BUSY only after its busy timeout; worth another try all the same
        return (state != null && TRANSIENT_SQL_STATES.contains(state))
                || e instanceof org.springframework.dao.PessimisticLockingFailureException
                || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
    }

    private static String requestHash(BookResource command) {
        String canonical = String.join("\u0000", String.valueOf(command.resourceId().value()),
                command.startsAt().toString(), command.endsAt().toString(), command.title(),
                String.valueOf(command.attendees()), String.valueOf(command.note()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
