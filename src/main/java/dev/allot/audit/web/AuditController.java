package dev.allot.audit.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import dev.allot.identity.CurrentUser;
import dev.allot.audit.AuditEntry;
import dev.allot.audit.AuditLog;
import dev.allot.audit.AuditQuery;
import dev.allot.identity.UserId;
import dev.allot.platform.ApiTimes;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit log for admins: filtered pages of records, and the same filters as a CSV download. */
@RestController
@Tag(name = "Audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditLog log;
    private final JsonMapper json;

    AuditController(AuditLog log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    /** A record as the API shows it; {@code details} is the JSON object itself, not a string. */
    record AuditEntryResponse(long id, Instant occurredAt, @Nullable Long actorId, String action, String targetType,
            String targetId, JsonNode details) {}

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Audit records, newest first; from is inclusive, to exclusive")
    Page<AuditEntryResponse> find(@RequestParam(required = false) @Nullable Long actorId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String targetType,
            @RequestParam(required = false) @Nullable String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser me) {
        AuditQuery query = query(actorId, action, targetType, targetId, from, to);
        return log.find(query, new PageRequest(page, size), me).map(this::response);
    }

    @GetMapping("/api/v1/audit.csv")
    @Operation(summary = "Audit records as CSV, newest first, with the same filters")
    void csv(@RequestParam(required = false) @Nullable Long actorId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String targetType,
            @RequestParam(required = false) @Nullable String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime to,
            @AuthenticationPrincipal CurrentUser me, HttpServletResponse response) throws IOException {
        AuditCsv.write(log, query(actorId, action, targetType, targetId, from, to), me, response);
    }

    private static AuditQuery query(@Nullable Long actorId, @Nullable String action, @Nullable String targetType,
            @Nullable String targetId, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        return new AuditQuery(actorId == null ? null : new UserId(actorId), action, targetType, targetId,
                ApiTimes.instantOrNull("from", from), ApiTimes.instantOrNull("to", to));
    }

    private AuditEntryResponse response(AuditEntry entry) {
        return new AuditEntryResponse(entry.id(), entry.occurredAt(),
                entry.actorId() == null ? null : entry.actorId().value(), entry.action(), entry.targetType(),
                entry.targetId(), json.readTree(entry.details()));
    }
}
