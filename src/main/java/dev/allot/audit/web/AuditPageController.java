package dev.allot.audit.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import dev.allot.identity.CurrentUser;
import dev.allot.audit.AuditAction;
import dev.allot.audit.AuditEntry;
import dev.allot.audit.AuditLog;
import dev.allot.audit.AuditQuery;
import dev.allot.identity.UserId;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin's audit page: filters, the records newest first, and the same selection as CSV. Days
 * in the filters are UTC days, and times are shown in UTC with their offset, so they read the same
 * as the API and the export.
 */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final JsonMapper json;
    private final MessageSource messages;

    AuditPageController(AuditLog log, JsonMapper json, MessageSource messages) {
        this.log = log;
        this.json = json;
        this.messages = messages;
    }

    /** One row of the table. */
    record Line(AuditEntry entry, String time, String before, String after) {}

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) @Nullable Long actorId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String targetType,
            @RequestParam(required = false) @Nullable String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model,
            Locale locale) {
        String filters = filters(actorId, action, targetType, targetId, from, to);
        Page<AuditEntry> records;
        try {
            records = log.find(query(actorId, action, targetType, targetId, from, to),
                    new PageRequest(Math.max(page, 0), PAGE_SIZE), me);
        } catch (ProblemException toBeforeFrom) {
            if (toBeforeFrom.status() == HttpStatus.FORBIDDEN) {
                throw toBeforeFrom;
            }
            model.addAttribute("error", messages.getMessage("admin.audit.invalidRange", null, locale));
            records = new Page<>(List.of(), 0, PAGE_SIZE, 0);
        }
        model.addAttribute("records", records);
        model.addAttribute("lines", records.items().stream().map(this::line).toList());
        model.addAttribute("actions", AuditAction.ALL);
        model.addAttribute("targetTypes", AuditAction.TARGET_TYPES);
        model.addAttribute("actorId", actorId);
        model.addAttribute("action", action);
        model.addAttribute("targetType", targetType);
        model.addAttribute("targetId", targetId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("base", "/admin/audit" + filters);
        model.addAttribute("csv", "/admin/audit.csv" + filters);
        return "admin/audit";
    }

    /** The CSV download for the signed-in admin (the API's export wants a bearer token, a browser has a session). */
    @GetMapping("/admin/audit.csv")
    void csv(@RequestParam(required = false) @Nullable Long actorId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String targetType,
            @RequestParam(required = false) @Nullable String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser me, HttpServletResponse response) throws IOException {
        AuditCsv.write(log, query(actorId, action, targetType, targetId, from, to), me, response);
    }

    private static AuditQuery query(@Nullable Long actorId, @Nullable String action, @Nullable String targetType,
            @Nullable String targetId, @Nullable LocalDate from, @Nullable LocalDate to) {
        return new AuditQuery(actorId == null ? null : new UserId(actorId), action, targetType, targetId,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                // "to" is a day the admin wants included: the query's end is the next midnight.
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String filters(@Nullable Long actorId, @Nullable String action, @Nullable String targetType,
            @Nullable String targetId, @Nullable LocalDate from, @Nullable LocalDate to) {
        return UriComponentsBuilder.fromPath("")
                .queryParamIfPresent("actorId", Optional.ofNullable(actorId))
                .queryParamIfPresent("action", Optional.ofNullable(blankToNull(action)))
                .queryParamIfPresent("targetType", Optional.ofNullable(blankToNull(targetType)))
                .queryParamIfPresent("targetId", Optional.ofNullable(blankToNull(targetId)))
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .encode()
                .toUriString();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Line line(AuditEntry entry) {
        JsonNode details = json.readTree(entry.details());
        return new Line(entry,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        entry.occurredAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)),
                text(details.get("before")), text(details.get("after")));
    }

    private static String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? "" : node.toString();
    }
}
