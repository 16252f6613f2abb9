package dev.allot.audit.internal;

import static dev.allot.audit.AuditAction.BACKUP_CREATED;

import dev.allot.backup.BackupMade;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every backup written, by an admin or by the daily task (no actor), in the audit log. */
@Component
class BackupAuditListeners {

    private final AuditService audit;

    BackupAuditListeners(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(BackupMade event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", event.file().name());
        after.put("bytes", event.file().bytes());
        audit.record(event.actor(), event.occurredAt(), BACKUP_CREATED, "backup", event.file().name(), null, after);
    }
}
