package dev.allot.audit.internal;

import static dev.allot.audit.AuditAction.EVENT_CANCELLED;
import static dev.allot.audit.AuditAction.EVENT_CHANGED;
import static dev.allot.audit.AuditAction.EVENT_PARTICIPATION;
import static dev.allot.audit.AuditAction.EVENT_PUBLISHED;

import dev.allot.gathering.GatheringCancelled;
import dev.allot.gathering.GatheringChanged;
import dev.allot.gathering.GatheringEvent;
import dev.allot.gathering.GatheringPublished;
import dev.allot.gathering.ParticipationChanged;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Community events in the audit log: announced, changed, called off, and each person's standing, in the step's transaction. */
@Component
class GatheringAuditListeners {

    private final AuditService audit;

    GatheringAuditListeners(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(GatheringEvent event) {
        long id = event.gathering().value();
        switch (event) {
            case GatheringPublished published -> audit.record(event.actor(), event.at(), EVENT_PUBLISHED, "event", id, null,
                    Map.of("state", "OPEN"));
            case GatheringChanged changed -> audit.record(event.actor(), event.at(), EVENT_CHANGED, "event", id, null,
                    Map.of("changed", changed.changed()));
            case GatheringCancelled cancelled -> audit.record(event.actor(), event.at(), EVENT_CANCELLED, "event", id, null,
                    Map.of("state", "CANCELLED"));
            case ParticipationChanged changed -> {
                Map<String, @Nullable Object> before = new HashMap<>();
                before.put("person", changed.person().value());
                before.put("state", changed.from() == null ? null : changed.from().name());
                audit.record(event.actor(), event.at(), EVENT_PARTICIPATION, "event", id, before,
                        Map.of("person", changed.person().value(), "state", changed.to().name()));
            }
        }
    }
}
