package dev.allot.audit;

import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.util.function.Consumer;

/**
 * The audit module's API: reading the log, for admins only (403 {@code forbidden} for anyone else).
 * Records are written by the module itself, from the other modules' events, inside the transaction
 * of each change.
 */
public interface AuditLog {

    /** The matching records, newest first. */
    Page<AuditEntry> find(AuditQuery query, PageRequest page, CurrentUser admin);

    /** Every matching record, newest first, one at a time, so that an export needs no memory for them all. */
    void forEach(AuditQuery query, CurrentUser admin, Consumer<AuditEntry> consumer);
}
