package dev.allot.audit.internal;

import dev.allot.identity.CurrentUser;
import dev.allot.audit.AuditEntry;
import dev.allot.audit.AuditLog;
import dev.allot.audit.AuditQuery;
import dev.allot.identity.UserId;
import dev.allot.platform.DatabaseVendor;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Writes records (to the table and, as one line each, to the {@code allot.audit} log) and reads them back. */
@Service
class AuditService implements AuditLog {

    /** Its own logger name, so that logback-spring.xml sends these lines to audit.log and nowhere near error.log. */
    private static final Logger AUDIT = LoggerFactory.getLogger("allot.audit");
    private static final String ADMINS_ONLY = "Only admins read the audit log";

    private final AuditRepository records;
    private final JsonMapper json;
    private final Clock clock;
    private final DatabaseVendor vendor;
    private final TransactionTemplate readOnly;

    AuditService(AuditRepository records, JsonMapper json, Clock clock, DatabaseVendor vendor,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.json = json;
        this.clock = clock;
        this.vendor = vendor;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Records one change in the caller's transaction, so that it commits or rolls back with it; the
     * log line follows once that transaction has committed, so a rolled-back change leaves neither.
     */
    void record(@Nullable UserId actor, String action, String targetType, Object targetId,
            @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        record(actor, clock.instant(), action, targetType, targetId, before, after);
    }

    /** {@link #record(UserId, String, String, Object, Map, Map)} of a change made at {@code at} (the event's time). */
    void record(@Nullable UserId actor, Instant at, String action, String targetType, Object targetId,
            @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before);
        details.put("after", after);
        String detailsJson = json.writeValueAsString(details);
        records.insert(at.toEpochMilli(), actor == null ? null : actor.value(), action, targetType, String.valueOf(targetId),
                detailsJson);
        Runnable line = () -> AUDIT.info("action={} actor={} target={}:{} details={}", action,
                actor == null ? "system" : actor, targetType, targetId, detailsJson);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    line.run();
                }
            });
        } else {
            line.run();
        }
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query, PageRequest page, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        long total = records.count(query);
        List<AuditEntry> items = total == 0 ? List.of() : records.page(query, page.offset(), page.size());
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public void forEach(AuditQuery query, CurrentUser admin, Consumer<AuditEntry> consumer) {
        admin.requireAdmin(ADMINS_ONLY);
        if (vendor == DatabaseVendor.POSTGRESQL) {
            // PostgreSQL fetches in batches (a cursor) only inside a transaction.
            readOnly.executeWithoutResult(tx -> records.forEach(query, consumer));
        } else {
            // SQLite begins every transaction IMMEDIATE (the write lock): read without one.
            records.forEach(query, consumer);
        }
    }
}
