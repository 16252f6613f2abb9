package dev.allot.audit.internal;

import static dev.allot.audit.AuditAction.*;

import dev.allot.booking.BookingView;
import dev.allot.booking.DeskAutoAssigned;
import dev.allot.booking.DeskEvent;
import dev.allot.booking.DeskOffered;
import dev.allot.booking.DeskPolicy;
import dev.allot.booking.DeskPolicyChanged;
import dev.allot.booking.FixedDesk;
import dev.allot.booking.FixedDeskAssigned;
import dev.allot.booking.FixedDeskReleased;
import dev.allot.booking.FixedDeskRemoved;
import dev.allot.booking.OfferAccepted;
import dev.allot.booking.OfferDeclined;
import dev.allot.booking.OfferExpired;
import dev.allot.booking.PresenceCancelled;
import dev.allot.booking.PresenceJoined;
import dev.allot.booking.PresenceView;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every step of presence and the line for desks, and every fixed-desk and desk-policy change, in the
 * audit log, in the transaction of the step (an offer that lapsed, or a desk Allot assigned, has no actor).
 */
@Component
class DeskAuditListeners {

    private final AuditService audit;

    DeskAuditListeners(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(DeskEvent event) {
        switch (event) {
            case PresenceJoined joined -> presence(event, PRESENCE_JOINED, joined.presence(), null);
            case PresenceCancelled cancelled -> presence(event, PRESENCE_CANCELLED, cancelled.presence(), null);
            case DeskOffered offered -> presence(event, DESK_OFFERED, offered.presence(), null);
            case OfferAccepted accepted -> presence(event, DESK_OFFER_ACCEPTED, accepted.presence(), accepted.booking());
            case OfferDeclined declined -> presence(event, DESK_OFFER_DECLINED, declined.presence(), null);
            case OfferExpired expired -> presence(event, DESK_OFFER_EXPIRED, expired.presence(), null);
            case DeskAutoAssigned assigned -> presence(event, DESK_AUTO_ASSIGNED, assigned.presence(),
                    assigned.booking());
            case FixedDeskAssigned assigned -> audit.record(event.actor(), event.occurredAt(), FIXED_DESK_ASSIGNED,
                    "desk", assigned.desk().desk().value(), null, fixed(assigned.desk()));
            case FixedDeskRemoved removed -> audit.record(event.actor(), event.occurredAt(), FIXED_DESK_REMOVED,
                    "desk", removed.desk().desk().value(), fixed(removed.desk()), null);
            case FixedDeskReleased released -> {
                Map<String, @Nullable Object> after = fixed(released.desk());
                after.put("releasedDay", released.day().toString());
                audit.record(event.actor(), event.occurredAt(), FIXED_DESK_RELEASED, "desk",
                        released.desk().desk().value(), null, after);
            }
            case DeskPolicyChanged changed -> audit.record(event.actor(), event.occurredAt(), DESK_POLICY_CHANGED,
                    "site", changed.site().value(), policy(changed.before()), policy(changed.after()));
        }
    }

    private void presence(DeskEvent event, String action, PresenceView presence, @Nullable BookingView booking) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("status", presence.status().name());
        values.put("siteId", presence.siteId().value());
        values.put("day", presence.day().toString());
        values.put("person", presence.person().value());
        if (presence.guest() != null) {
            values.put("guest", presence.guest().name());
        }
        if (presence.desk() != null) {
            values.put("deskId", presence.desk().value());
            values.put("deskName", presence.deskName());
        }
        if (presence.offerExpiresAt() != null) {
            values.put("offerExpiresAt", presence.offerExpiresAt().toString());
        }
        if (booking != null) {
            values.put("bookingId", booking.id().value());
        }
        audit.record(event.actor(), event.occurredAt(), action, "presence", presence.id().value(), null, values);
    }

    private static Map<String, @Nullable Object> fixed(FixedDesk desk) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("deskName", desk.deskName());
        values.put("owner", desk.owner().value());
        values.put("ownerName", desk.ownerName());
        return values;
    }

    private static Map<String, @Nullable Object> policy(DeskPolicy policy) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("guestsPerHost", policy.guestsPerHost());
        values.put("autoAssign", policy.autoAssign());
        return values;
    }
}
