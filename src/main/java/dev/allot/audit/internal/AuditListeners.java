package dev.allot.audit.internal;

import static dev.allot.audit.AuditAction.*;

import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCheckedIn;
import dev.allot.booking.BookingsImported;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.ApiTokenIssued;
import dev.allot.identity.ApiTokenRevoked;
import dev.allot.identity.IntegrationToken;
import dev.allot.identity.PersonAdded;
import dev.allot.identity.PersonUpdated;
import dev.allot.identity.TelegramLinked;
import dev.allot.identity.TelegramUnlinked;
import dev.allot.identity.UserDeactivated;
import dev.allot.identity.UserEvent;
import dev.allot.identity.UserId;
import dev.allot.identity.UserRegistered;
import dev.allot.identity.UserRoleChanged;
import dev.allot.space.FloorCreated;
import dev.allot.space.FloorPlan;
import dev.allot.space.FloorPlanRemoved;
import dev.allot.space.FloorPlanSaved;
import dev.allot.space.ResourceDeleted;
import dev.allot.space.ResourceSaved;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteDeleted;
import dev.allot.space.SiteSaved;
import dev.allot.space.SiteView;
import dev.allot.space.SpaceEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into audit records. The listeners are synchronous on purpose: they
 * run inside the transaction that published the event, so a record exists exactly when the change does.
 * Values that could identify a secret (passwords, tokens) are never part of an event, nor of a record.
 */
@Component
class AuditListeners {

    private final AuditService audit;

    AuditListeners(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(UserEvent event) {
        switch (event) {
            case UserRegistered registered -> audit.record(registered.actor(), registered.occurredAt(),
                    USER_REGISTERED, "user", registered.userId(), null,
                    values("email", registered.email(), "role", registered.role().name()));
            case UserRoleChanged changed -> audit.record(changed.actor(), changed.occurredAt(), USER_ROLE_CHANGED,
                    "user", changed.userId(), values("role", changed.from().name()), values("role", changed.to().name()));
            case UserDeactivated deactivated -> audit.record(deactivated.actor(), deactivated.occurredAt(),
                    USER_DEACTIVATED, "user", deactivated.userId(), values("active", true), values("active", false));
            case PersonAdded added -> audit.record(added.actor(), added.occurredAt(), PERSON_ADDED, "user",
                    added.userId(), null, values("displayName", added.displayName(), "email", added.email(),
                            "role", added.role().name(), "homeSiteId", added.homeSiteId(), "team", added.team()));
            case PersonUpdated updated -> {
                Map<String, @Nullable Object> before = person(updated.before());
                Map<String, @Nullable Object> after = person(updated.after());
                if (updated.passwordChanged()) {
                    before.put("password", "(old)");
                    after.put("password", "(new)");
                }
                changed(PERSON_UPDATED, "user", updated.userId().value(), before, after, updated.actor(),
                        updated.occurredAt());
            }
            case TelegramLinked linked -> audit.record(linked.actor(), linked.occurredAt(), TELEGRAM_LINKED, "user",
                    linked.userId(), null, values("telegramId", linked.account().id(),
                            "telegramName", linked.account().name()));
            case TelegramUnlinked unlinked -> audit.record(unlinked.actor(), unlinked.occurredAt(), TELEGRAM_UNLINKED,
                    "user", unlinked.userId(), values("telegramId", unlinked.account().id(),
                            "telegramName", unlinked.account().name()), null);
            case ApiTokenIssued issued -> audit.record(issued.actor(), issued.occurredAt(), API_TOKEN_ISSUED, "user",
                    issued.userId(), null, token(issued.token()));
            case ApiTokenRevoked revoked -> audit.record(revoked.actor(), revoked.occurredAt(), API_TOKEN_REVOKED,
                    "user", revoked.userId(), token(revoked.token()), null);
        }
    }

    @EventListener
    void on(BookingCreated event) {
        BookingView booking = event.booking();
        audit.record(event.actor(), BOOKING_CREATED, "booking", booking.id().value(), null, booking(booking));
    }

    @EventListener
    void on(BookingCancelled event) {
        // The event carries the booking as it is now; it was pending or confirmed before.
        audit.record(event.actor(), BOOKING_CANCELLED, "booking", event.booking().id().value(), null,
                decision(event.booking()));
    }

    @EventListener
    void on(BookingChanged event) {
        changed(BOOKING_CHANGED, "booking", event.after().id().value(), booking(event.before()), booking(event.after()),
                event.actor());
    }

    @EventListener
    void on(BookingApproved event) {
        audit.record(event.actor(), BOOKING_APPROVED, "booking", event.booking().id().value(),
                values("status", BookingStatus.PENDING.name()), decision(event.booking()));
    }

    @EventListener
    void on(BookingRejected event) {
        audit.record(event.actor(), BOOKING_REJECTED, "booking", event.booking().id().value(),
                values("status", BookingStatus.PENDING.name()), decision(event.booking()));
    }

    @EventListener
    void on(BookingCheckedIn event) {
        BookingView booking = event.booking();
        audit.record(event.actor(), BOOKING_CHECKED_IN, "booking",
                booking.id().value(), null, values("checkedInAt", String.valueOf(booking.checkedInAt())));
    }

    /** One record per import: what arrived, not every row (the bookings themselves are the detail). */
    @EventListener
    void on(BookingsImported event) {
        List<BookingView> bookings = event.bookings();
        Map<String, Long> byStatus = new java.util.TreeMap<>(bookings.stream()
                .collect(java.util.stream.Collectors.groupingBy(b -> b.status().name(),
                        java.util.stream.Collectors.counting())));
        audit.record(event.actor(), BOOKINGS_IMPORTED, "booking", bookings.getFirst().id().value(), null,
                values("count", bookings.size(), "firstId", bookings.getFirst().id().value(),
                        "lastId", bookings.getLast().id().value(), "byStatus", byStatus,
                        "from", bookings.stream().map(BookingView::startsAt).min(Instant::compareTo).orElseThrow().toString(),
                        "to", bookings.stream().map(BookingView::endsAt).max(Instant::compareTo).orElseThrow().toString()));
    }

    @EventListener
    void on(SpaceEvent event) {
        switch (event) {
            case SiteSaved saved when saved.before() == null -> audit.record(saved.actor(), saved.occurredAt(),
                    SITE_CREATED, "site", saved.after().id().value(), null, site(saved.after()));
            case SiteSaved saved -> changed(SITE_UPDATED, "site", saved.after().id().value(), site(saved.before()),
                    site(saved.after()), saved.actor(), saved.occurredAt());
            case SiteDeleted deleted -> audit.record(deleted.actor(), deleted.occurredAt(), SITE_DELETED, "site",
                    deleted.site().id().value(), site(deleted.site()), null);
            case FloorCreated created -> audit.record(created.actor(), created.occurredAt(), FLOOR_CREATED, "floor",
                    created.floor().id().value(), null, values("siteId", created.floor().siteId().value(),
                            "name", created.floor().name(), "level", created.floor().level()));
            case FloorPlanSaved saved -> audit.record(saved.actor(), saved.occurredAt(), FLOOR_PLAN_UPLOADED, "floor",
                    saved.floor().id().value(), saved.before() == null ? null : plan(saved.before()), plan(saved.after()));
            case FloorPlanRemoved removed -> audit.record(removed.actor(), removed.occurredAt(), FLOOR_PLAN_REMOVED,
                    "floor", removed.floor().id().value(), plan(removed.plan()), null);
            case ResourceSaved saved when saved.before() == null -> audit.record(saved.actor(), saved.occurredAt(),
                    RESOURCE_CREATED, "resource", saved.after().id().value(), null, resource(saved.after()));
            case ResourceSaved saved -> changed(RESOURCE_UPDATED, "resource", saved.after().id().value(),
                    resource(saved.before()), resource(saved.after()), saved.actor(), saved.occurredAt());
            case ResourceDeleted deleted -> audit.record(deleted.actor(), deleted.occurredAt(), RESOURCE_DELETED,
                    "resource", deleted.resource().id().value(), resource(deleted.resource()), null);
        }
    }

    /** Records only the values that differ; a change that changed nothing is not recorded. */
    private void changed(String action, String targetType, Object targetId, Map<String, @Nullable Object> before,
            Map<String, @Nullable Object> after, @Nullable UserId actor) {
        changed(action, targetType, targetId, before, after, actor, null);
    }

    /** {@link #changed(String, String, Object, Map, Map, UserId)} at {@code at} (now when null). */
    private void changed(String action, String targetType, Object targetId, Map<String, @Nullable Object> before,
            Map<String, @Nullable Object> after, @Nullable UserId actor, @Nullable Instant at) {
        Map<String, @Nullable Object> was = new LinkedHashMap<>();
        Map<String, @Nullable Object> is = new LinkedHashMap<>();
        before.forEach((key, value) -> {
            if (!Objects.equals(value, after.get(key))) {
                was.put(key, value);
                is.put(key, after.get(key));
            }
        });
        if (!was.isEmpty()) {
            if (at == null) {
                audit.record(actor, action, targetType, targetId, was, is);
            } else {
                audit.record(actor, at, action, targetType, targetId, was, is);
            }
        }
    }

    private static Map<String, @Nullable Object> person(PersonUpdated.Details person) {
        return values("displayName", person.displayName(), "email", person.email(), "homeSiteId",
                person.homeSiteId(), "team", person.team());
    }

    private static Map<String, @Nullable Object> booking(BookingView booking) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("status", booking.status().name());
        values.put("resourceId", booking.resourceId().value());
        values.put("resourceName", booking.resourceName());
        values.put("bookedBy", booking.bookedBy().value());
        values.put("title", booking.title());
        values.put("attendees", booking.attendees());
        values.put("startsAt", booking.startsAt().toString());
        values.put("endsAt", booking.endsAt().toString());
        return values;
    }

    private static Map<String, @Nullable Object> decision(BookingView booking) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("status", booking.status().name());
        if (booking.reason() != null) {
            values.put("reason", booking.reason());
        }
        return values;
    }

    private static Map<String, @Nullable Object> site(SiteView site) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("name", site.name());
        values.put("address", site.address());
        values.put("timeZone", site.timeZone().getId());
        values.put("openingHours", site.openingHours().days().stream()
                .map(day -> day.day() + " " + day.opens() + "-" + day.closes())
                .toList());
        return values;
    }

    private static Map<String, @Nullable Object> plan(FloorPlan plan) {
        return values("contentType", plan.contentType(), "width", plan.width(), "height", plan.height(),
                "bytes", plan.size());
    }

    private static Map<String, @Nullable Object> resource(ResourceView resource) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("name", resource.name());
        values.put("kind", resource.kind().name());
        values.put("siteId", resource.siteId().value());
        values.put("floorId", resource.floorId() == null ? null : resource.floorId().value());
        values.put("capacity", resource.capacity());
        values.put("amenities", new java.util.TreeSet<>(resource.amenities()));
        values.put("description", resource.description());
        values.put("photoUrl", resource.photoUrl());
        values.put("active", resource.active());
        values.put("requiresApproval", resource.requiresApproval());
        values.put("position", resource.position() == null ? null
                : values("x", resource.position().x(), "y", resource.position().y()));
        return values;
    }

    private static Map<String, @Nullable Object> values(Object... keysAndValues) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    /** An integration token in the log: never its value. */
    private static Map<String, @Nullable Object> token(IntegrationToken token) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("tokenId", token.id());
        values.put("name", token.name());
        values.put("expiresAt", token.expiresAt().toString());
        return values;
    }
}
