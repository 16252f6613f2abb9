package dev.allot.audit;

import java.util.List;

/** The actions the log records, as stored in {@link AuditEntry#action()}. */
public final class AuditAction {

    public static final String USER_REGISTERED = "user.registered";
    public static final String USER_ROLE_CHANGED = "user.role-changed";
    public static final String USER_DEACTIVATED = "user.deactivated";
    public static final String PERSON_ADDED = "person.added";
    public static final String PERSON_UPDATED = "person.updated";
    public static final String TELEGRAM_LINKED = "person.telegram-linked";
    public static final String TELEGRAM_UNLINKED = "person.telegram-unlinked";
    public static final String API_TOKEN_ISSUED = "api-token.issued";
    public static final String API_TOKEN_REVOKED = "api-token.revoked";
    public static final String BOOKING_CREATED = "booking.created";
    public static final String BOOKING_CANCELLED = "booking.cancelled";
    public static final String BOOKING_CHANGED = "booking.changed";
    public static final String BOOKING_APPROVED = "booking.approved";
    public static final String BOOKING_REJECTED = "booking.rejected";
    public static final String BOOKING_CHECKED_IN = "booking.checked-in";
    public static final String BOOKINGS_IMPORTED = "bookings.imported";
    public static final String SITE_CREATED = "site.created";
    public static final String SITE_UPDATED = "site.updated";
    public static final String SITE_DELETED = "site.deleted";
    public static final String FLOOR_CREATED = "floor.created";
    public static final String FLOOR_PLAN_UPLOADED = "floor.plan-uploaded";
    public static final String FLOOR_PLAN_REMOVED = "floor.plan-removed";
    public static final String RESOURCE_CREATED = "resource.created";
    public static final String RESOURCE_UPDATED = "resource.updated";
    public static final String RESOURCE_DELETED = "resource.deleted";

    // hot desks (booking's DeskEvent)
    public static final String PRESENCE_JOINED = "presence.joined";
    public static final String PRESENCE_CANCELLED = "presence.cancelled";
    public static final String DESK_OFFERED = "desk.offered";
    public static final String DESK_OFFER_ACCEPTED = "desk.offer-accepted";
    public static final String DESK_OFFER_DECLINED = "desk.offer-declined";
    public static final String DESK_OFFER_EXPIRED = "desk.offer-expired";
    public static final String DESK_AUTO_ASSIGNED = "desk.auto-assigned";
    public static final String FIXED_DESK_ASSIGNED = "fixed-desk.assigned";
    public static final String FIXED_DESK_REMOVED = "fixed-desk.removed";
    public static final String FIXED_DESK_RELEASED = "fixed-desk.released";
    public static final String DESK_POLICY_CHANGED = "desk-policy.changed";

    // fair-use limits (booking's BookingLimitChanged)
    public static final String LIMIT_CREATED = "limit.created";
    public static final String LIMIT_CHANGED = "limit.changed";
    public static final String LIMIT_REMOVED = "limit.removed";

    // backups (backup's BackupMade)
    public static final String BACKUP_CREATED = "backup.created";

    // community events (gathering's GatheringEvent)
    public static final String EVENT_PUBLISHED = "event.published";
    public static final String EVENT_CHANGED = "event.changed";
    public static final String EVENT_CANCELLED = "event.cancelled";
    public static final String EVENT_PARTICIPATION = "event.participation";

    public static final List<String> DESKS = List.of(PRESENCE_JOINED, PRESENCE_CANCELLED, DESK_OFFERED,
            DESK_OFFER_ACCEPTED, DESK_OFFER_DECLINED, DESK_OFFER_EXPIRED, DESK_AUTO_ASSIGNED, FIXED_DESK_ASSIGNED,
            FIXED_DESK_REMOVED, FIXED_DESK_RELEASED, DESK_POLICY_CHANGED);

    public static final List<String> ALL = List.of(USER_REGISTERED, USER_ROLE_CHANGED, USER_DEACTIVATED,
            PERSON_ADDED, PERSON_UPDATED, TELEGRAM_LINKED, TELEGRAM_UNLINKED, API_TOKEN_ISSUED, API_TOKEN_REVOKED,
            BOOKING_CREATED, BOOKING_CANCELLED, BOOKING_CHANGED, BOOKING_APPROVED, BOOKING_REJECTED, BOOKING_CHECKED_IN, BOOKINGS_IMPORTED, SITE_CREATED, SITE_UPDATED,
            SITE_DELETED, FLOOR_CREATED, FLOOR_PLAN_UPLOADED, FLOOR_PLAN_REMOVED, RESOURCE_CREATED, RESOURCE_UPDATED, RESOURCE_DELETED, PRESENCE_JOINED,
            PRESENCE_CANCELLED, DESK_OFFERED, DESK_OFFER_ACCEPTED, DESK_OFFER_DECLINED, DESK_OFFER_EXPIRED,
            DESK_AUTO_ASSIGNED, FIXED_DESK_ASSIGNED, FIXED_DESK_REMOVED, FIXED_DESK_RELEASED, DESK_POLICY_CHANGED,
            LIMIT_CREATED, LIMIT_CHANGED, LIMIT_REMOVED, BACKUP_CREATED,
            EVENT_PUBLISHED, EVENT_CHANGED, EVENT_CANCELLED, EVENT_PARTICIPATION);

    public static final List<String> TARGET_TYPES = List.of("user", "booking", "site", "floor", "resource", "presence",
            "desk", "limit", "backup", "event");

    private AuditAction() {}
}
