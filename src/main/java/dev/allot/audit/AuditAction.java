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
    public static final String RESOURCE_CREATED = "resource.created";
    public static final String RESOURCE_UPDATED = "resource.updated";
    public static final String RESOURCE_DELETED = "resource.deleted";

    public static final List<String> ALL = List.of(USER_REGISTERED, USER_ROLE_CHANGED, USER_DEACTIVATED,
            PERSON_ADDED, PERSON_UPDATED, TELEGRAM_LINKED, TELEGRAM_UNLINKED,
            BOOKING_CREATED, BOOKING_CANCELLED, BOOKING_CHANGED, BOOKING_APPROVED, BOOKING_REJECTED, BOOKING_CHECKED_IN, BOOKINGS_IMPORTED, SITE_CREATED, SITE_UPDATED,
            SITE_DELETED, FLOOR_CREATED, RESOURCE_CREATED, RESOURCE_UPDATED, RESOURCE_DELETED);

    public static final List<String> TARGET_TYPES = List.of("user", "booking", "site", "floor", "resource");

    private AuditAction() {}
}
