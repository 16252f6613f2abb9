package dev.allot.audit;

import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Which records to read: every filter is optional; {@code from} is inclusive, {@code to} exclusive. */
public record AuditQuery(@Nullable UserId actorId, @Nullable String action, @Nullable String targetType,
        @Nullable String targetId, @Nullable Instant from, @Nullable Instant to) {

    public AuditQuery {
        action = blankToNull(action);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
