package dev.allot.booking.internal;

import dev.allot.booking.BookLocalSlot;
import dev.allot.booking.BookResource;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingResult;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ApiTimes;
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
import java.time.LocalDate;
import dev.allot.space.ResourceKind;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Booking a resource: the rules, then one transaction that claims the idempotency key (if any) and
 * inserts, the database refusing an overlap. On a resource that needs approval a member's booking
 * waits (PENDING), holding its slot.
 */
@Component
class BookingResources {

    private static final Logger log = LoggerFactory.getLogger(BookingResources.class);

    /** A booking request with its defaults applied. */
    private record Wanted(ResourceId resourceId, Instant startsAt, Instant endsAt, String title, int attendees,
            @Nullable String note, @Nullable String idempotencyKey, boolean privateTitle) {}

    private final BookingRepository bookings;
    private final IdempotencyRepository idempotency;
    private final BookingRules rules;
    private final Spaces spaces;
    private final ApplicationEventPublisher events;
    private final BookingWrites writes;
    private final BookingDefaults defaults;
    private final DeskDays deskDays;
    private final DeskLine line;
    private final DeskRepository desks;
    private final FairUse fairUse;
    private final Clock clock;

    BookingResources(BookingRepository bookings, IdempotencyRepository idempotency, BookingRules rules, Spaces spaces,
            ApplicationEventPublisher events, BookingWrites writes, BookingDefaults defaults, DeskDays deskDays,
            DeskLine line, DeskRepository desks, FairUse fairUse, Clock clock) {
        this.bookings = bookings;
        this.idempotency = idempotency;
        this.rules = rules;
        this.spaces = spaces;
        this.events = events;
        this.writes = writes;
        this.defaults = defaults;
        this.deskDays = deskDays;
        this.line = line;
        this.desks = desks;
        this.fairUse = fairUse;
        this.clock = clock;
    }

    BookingResult book(BookResource command, CurrentUser booker) {
        requireMayBook(booker);
        ResourceView resource = resource(command.resourceId());
        return book(new Wanted(resource.id(), command.startsAt(), command.endsAt(),
                defaults.title(command.title(), booker), BookingDefaults.attendees(command.attendees()), command.note(),
                command.idempotencyKey(), command.privateTitle()), resource, booker);
    }

    /** The day and times are the resource's site's wall-clock ({@link dev.allot.booking.LocalSlot}). */
    BookingResult book(BookLocalSlot command, CurrentUser booker) {
        requireMayBook(booker);
        ResourceView resource = resource(command.resourceId());
        Instant startsAt = ApiTimes.check("slot.date", command.slot().startsAt(resource.timeZone()));
        Instant endsAt = ApiTimes.check("slot.date", command.slot().endsAt(resource.timeZone()));
        return book(new Wanted(resource.id(), startsAt, endsAt, defaults.title(command.title(), booker),
                BookingDefaults.attendees(command.attendees()), command.note(), command.idempotencyKey(),
                command.privateTitle()), resource, booker);
    }

    private BookingResult book(Wanted wanted, ResourceView resource, CurrentUser booker) {
        List<RuleViolation> violations = rules.check(new BookingRequest(resource,
                spaces.site(resource.siteId()).openingHours(), wanted.startsAt(), wanted.endsAt(), wanted.attendees(),
                clock.instant()));
        if (resource.kind() == ResourceKind.DESK) {
            List<RuleViolation> all = new java.util.ArrayList<>(violations);
            deskDays.fixedDesk(resource, deskDay(wanted, resource), booker.id()).ifPresent(all::add);
            violations = all;
        }
        if (!violations.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
        BookingStatus status = resource.requiresApproval() && !booker.isAdmin()
                ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        BookingResult result = writes.write(() -> insert(wanted, booker, resource, status),
                () -> writes.overlapConflict(resource, wanted.startsAt(), wanted.endsAt(), 0));
        if (!result.replayed()) {
            log.debug("Booking {} of resource {} by user {}", result.booking().id(), resource.id(), booker.id());
        }
        return result;
    }

    private static LocalDate deskDay(Wanted wanted, ResourceView resource) {
        return wanted.startsAt().atZone(resource.timeZone()).toLocalDate();
    }

    private static void requireMayBook(CurrentUser booker) {
        if (!booker.canBook()) {
            throw ProblemException.forbidden("Viewers cannot book; ask an admin for the member role");
        }
    }

    private ResourceView resource(ResourceId id) {
        return spaces.findResource(id).orElseThrow(() -> ProblemException.unknownReference("resourceId", "Resource", id));
    }

    private BookingResult insert(Wanted wanted, CurrentUser booker, ResourceView resource, BookingStatus status) {
        long userId = booker.id().value();
        long now = clock.millis();
        // a desk booked by time holds the local day of its start, like a desk day (ADR 19)
        LocalDate day = resource.kind() == ResourceKind.DESK ? deskDay(wanted, resource) : null;
        if (day != null) {
            desks.lockSite(resource.siteId().value());
        }
        bookings.lockResource(resource.id().value());
        String key = wanted.idempotencyKey();
        if (key != null) {
            String hash = requestHash(wanted);
            if (!idempotency.claim(userId, key, hash, now)) {
                return replay(userId, key, hash, resource);
            }
        }
        BookingRow row = bookings.insert(resource.id().value(), userId, wanted.title(), wanted.note(),
                wanted.attendees(), wanted.startsAt().toEpochMilli(), wanted.endsAt().toEpochMilli(), status, now,
                day == null ? null : day.toString(), null, wanted.privateTitle(), null, null);
        if (key != null) {
            idempotency.attach(userId, key, row.id());
        }
        BookingView booking = row.view(resource);
        fairUse.check(booker, booker.id(), List.of(booking));
        events.publishEvent(new BookingCreated(booking, booker.id(), clock.instant()));
        if (day != null) {
            line.booked(booker.id(), day, booking);
        }
        return new BookingResult(booking, false);
    }

    private BookingResult replay(long userId, String key, String hash, ResourceView resource) {
        IdempotencyRepository.StoredKey stored = idempotency.find(userId, key).orElseThrow();
        if (!stored.requestHash().equals(hash) || stored.bookingId() == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency key reused",
                    "This Idempotency-Key was already used for a different booking request; use a new key")
                    .with("errors", List.of(new ProblemException.FieldError("Idempotency-Key",
                            "was used for another request")));
        }
        BookingRow row = bookings.findById(stored.bookingId()).orElseThrow();
        ResourceView bookedResource = row.resourceId() == resource.id().value() ? resource
                : spaces.resource(new ResourceId(row.resourceId()));
        return new BookingResult(row.view(bookedResource), true);
    }

    /**
     * Inside a booking's transaction: claims {@code key} for the request whose parts are
     * {@code canonical}, or, when the same person used it before, the first booking (422 when it
     * was for a different request). Empty: go on and book, then {@link #remember} the booking.
     */
    java.util.Optional<BookingResult> repeated(long userId, String key, List<String> canonical, ResourceView resource,
            long now) {
        String hash = hash(String.join("\u0000", canonical));
        if (idempotency.claim(userId, key, hash, now)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(replay(userId, key, hash, resource));
    }

    void remember(long userId, String key, long bookingId) {
        idempotency.attach(userId, key, bookingId);
    }

    private static String requestHash(Wanted wanted) {
        return hash(String.join("\u0000", String.valueOf(wanted.resourceId().value()),
                wanted.startsAt().toString(), wanted.endsAt().toString(), wanted.title(),
                String.valueOf(wanted.attendees()), String.valueOf(wanted.note()))
                + (wanted.privateTitle() ? "\u0000private" : ""));
    }

    private static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
