package dev.allot.report.web;

import dev.allot.identity.CurrentUser;
import dev.allot.insight.Period;
import dev.allot.report.ReportFormat;
import dev.allot.report.SiteReports;
import dev.allot.platform.ProblemException;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The site report (every resource's figures, the site's totals, busiest and emptiest rooms, no-show
 * rate) as CSV or XLSX: for the API with a bearer token, and for an admin's browser session.
 */
@Controller
@Tag(name = "Reports")
class SiteReportController {

    /** Without from/to: the last four weeks up to today. */
    static final int DEFAULT_DAYS = 28;

    private final SiteReports reports;
    private final Spaces spaces;
    private final Clock clock;

    SiteReportController(SiteReports reports, Spaces spaces, Clock clock) {
        this.reports = reports;
        this.spaces = spaces;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/sites/{siteId}/export")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "A site's report as CSV or XLSX (admins): each resource's utilisation and bookings, the "
            + "site's totals, busiest and emptiest rooms and no-show rate, from the occupancy read model")
    void export(@PathVariable long siteId, @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format,
            @Parameter(description = "First local day (the site's zone); default four weeks ago")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "Last local day, included; at most 400 days after from; default today")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser me, Locale locale, HttpServletResponse response) throws IOException {
        ReportFormat chosen = ReportFormat.of(format);
        SiteId site = new SiteId(siteId);
        LocalDate today = LocalDate.now(clock.withZone(spaces.site(site).timeZone()));
        LocalDate last = to != null ? to : from != null ? from.plusDays(DEFAULT_DAYS - 1) : today;
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
        if (last.isBefore(first)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        ReportDownloads.send(reports.summary(site, new Period(first, last), me, locale), chosen, response);
    }

    /**
     * The same download for an admin's browser, which has a session rather than a token; the query
     * is the site summary page's own (siteId, from, to), so its links just append it.
     */
    @GetMapping("/admin/reports/site.{format}")
    void exportForBrowser(@PathVariable String format, @RequestParam long siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser me, Locale locale, HttpServletResponse response) throws IOException {
        export(siteId, format, from, to, me, locale, response);
    }
}
