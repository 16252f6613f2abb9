package dev.allot.audit.web;

import dev.allot.identity.CurrentUser;
import dev.allot.audit.AuditEntry;
import dev.allot.audit.AuditLog;
import dev.allot.audit.AuditQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The audit log as CSV (RFC 4180): a header, then one row per record, streamed as they are read. */
final class AuditCsv {

    static final List<String> HEADER = List.of("id", "occurredAt", "actorId", "action", "targetType", "targetId",
            "details");

    private AuditCsv() {}

    static void write(AuditLog log, AuditQuery query, CurrentUser admin, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        Writer out = response.getWriter();
        out.write(row(HEADER));
        try {
            log.forEach(query, admin, entry -> {
                try {
                    out.write(row(entry));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    static String row(AuditEntry entry) {
        return row(List.of(String.valueOf(entry.id()), entry.occurredAt().toString(),
                entry.actorId() == null ? "" : entry.actorId().toString(), entry.action(), entry.targetType(),
                entry.targetId(), entry.details()));
    }

    static String row(List<@Nullable String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** Quoted when it holds a comma, quote or line break, with each quote doubled. */
    static String field(@Nullable String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
