package dev.allot.audit.internal;

import static dev.allot.audit.AuditAction.LIMIT_CHANGED;
import static dev.allot.audit.AuditAction.LIMIT_CREATED;
import static dev.allot.audit.AuditAction.LIMIT_REMOVED;

import dev.allot.booking.BookingLimit;
import dev.allot.booking.BookingLimitChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every fair-use limit an admin sets, changes or removes, in the audit log, in the transaction of the change. */
@Component
class LimitAuditListeners {

    private final AuditService audit;

    LimitAuditListeners(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(BookingLimitChanged event) {
        String action = event.before() == null ? LIMIT_CREATED : event.after() == null ? LIMIT_REMOVED : LIMIT_CHANGED;
        long id = Objects.requireNonNull(event.after() != null ? event.after() : event.before()).id();
        audit.record(event.actor(), event.occurredAt(), action, "limit", id, limit(event.before()),
                limit(event.after()));
    }

    private static @Nullable Map<String, @Nullable Object> limit(@Nullable BookingLimit limit) {
        if (limit == null) {
            return null;
        }
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("role", limit.role().name());
        values.put("siteId", limit.siteId() == null ? null : limit.siteId().value());
        values.put("kind", limit.kind() == null ? null : limit.kind().name());
        values.put("measure", limit.measure().name());
        values.put("amount", limit.amount());
        if (limit.peak() != null) {
            values.put("peakDays", limit.peak().days().stream().map(Enum::name).toList());
            values.put("peakStart", limit.peak().start().toString());
            values.put("peakEnd", limit.peak().end().toString());
        }
        return values;
    }
}
