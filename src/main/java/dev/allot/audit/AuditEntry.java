package dev.allot.audit;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change.
 *
 * @param actorId who made it, or null for the system
 * @param action what happened, such as {@code booking.created} (see {@link AuditAction})
 * @param targetType the kind of thing changed: {@code user}, {@code booking}, {@code resource}, {@code site}, {@code floor}
 * @param details a JSON object {@code {"before": ..., "after": ...}} with the relevant values, either may be null
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable UserId actorId, String action, String targetType,
        String targetId, String details) {}
