package dev.allot.report.web;

import dev.allot.booking.BookingStatus;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.report.BookingLine;
import dev.allot.report.BookingReportQuery;
import dev.allot.report.BookingReports;
import dev.allot.report.ReportFormat;
import dev.allot.platform.PageRequest;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Booking reports: who booked a room and when, what a person booked and cancelled, everything at
 * a site; as pages of JSON and as CSV or XLSX downloads. Admins see all bookings, anyone else only
 * their own (another person's report is 403).
 */
@RestController
@Tag(name = "Reports")
class ReportController {

    private final BookingReports reports;

    ReportController(BookingReports reports) {
        this.reports = reports;
    }

    /** A page of a report; {@code timeZone} is the zone of its days and times, null when it spans sites. */
    record ReportResponse(String title, @Nullable String timeZone, List<BookingLine> items, int page, int size,
            long total) {}

    @GetMapping("/api/v1/reports/bookings")
    @Operation(summary = "Bookings by site, resource and person, ordered by start",
            description = "from and to are days in the site's zone (the resource's site, the site given, or the "
                    + "person's home site; UTC otherwise), both included. Members get only their own bookings.")
    ReportResponse bookings(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Long resourceId,
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(name = "status", required = false) @Nullable Set<BookingStatus> statuses,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser me, Locale locale) {
        return response(reports.page(query(siteId, resourceId, personId, statuses, from, to),
                new PageRequest(page, size), me, locale));
    }

    @GetMapping("/api/v1/reports/rooms/{resourceId}")
    @Operation(summary = "Who booked a room (or any resource) and when, past and planned, with cancellations")
    ReportResponse room(@PathVariable long resourceId, @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(name = "status", required = false) @Nullable Set<BookingStatus> statuses,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser me, Locale locale) {
        return bookings(null, resourceId, personId, statuses, from, to, page, size, me, locale);
    }

    @GetMapping("/api/v1/reports/people/{personId}")
    @Operation(summary = "What a person booked and cancelled, and when (members: only themselves)")
    ReportResponse person(@PathVariable long personId, @RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(name = "status", required = false) @Nullable Set<BookingStatus> statuses,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser me, Locale locale) {
        return bookings(siteId, null, personId, statuses, from, to, page, size, me, locale);
    }

    @GetMapping("/api/v1/reports/bookings/export")
    @Operation(summary = "The same report as CSV (UTF-8 with BOM) or XLSX, streamed; times in the site's zone",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))}))
    void export(@Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Long resourceId,
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(name = "status", required = false) @Nullable Set<BookingStatus> statuses,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser me, Locale locale, HttpServletResponse response) throws IOException {
        ReportFormat chosen = ReportFormat.of(format);
        ReportDownloads.send(reports.export(query(siteId, resourceId, personId, statuses, from, to), me, locale),
                chosen, response);
    }

    @GetMapping("/api/v1/reports/rooms/{resourceId}/export")
    @Operation(summary = "A room's report as CSV or XLSX")
    void exportRoom(@PathVariable long resourceId, @RequestParam(defaultValue = "csv") String format,
            @RequestParam(name = "status", required = false) @Nullable Set<BookingStatus> statuses,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser me, Locale locale, HttpServletResponse response) throws IOException {
        export(format, null, resourceId, null, statuses, from, to, me, locale, response);
    }

    @GetMapping("/api/v1/reports/people/{personId}/export")
    @Operation(summary = "A person's report as CSV or XLSX")
    void exportPerson(@PathVariable long personId, @RequestParam(defaultValue = "csv") String format,
            @RequestParam(name = "status", required = false) @Nullable Set<BookingStatus> statuses,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser me, Locale locale, HttpServletResponse response) throws IOException {
        export(format, null, null, personId, statuses, from, to, me, locale, response);
    }

    static BookingReportQuery query(@Nullable Long siteId, @Nullable Long resourceId, @Nullable Long personId,
            @Nullable Set<BookingStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to) {
        return new BookingReportQuery(siteId == null ? null : new SiteId(siteId),
                resourceId == null ? null : new ResourceId(resourceId), personId == null ? null : new UserId(personId),
                statuses == null ? Set.of() : statuses, from, to);
    }

    private static ReportResponse response(BookingReports.ReportPage page) {
        return new ReportResponse(page.title(), page.zone() == null ? null : page.zone().getId(),
                page.lines().items(), page.lines().page(), page.lines().size(), page.lines().total());
    }
}
