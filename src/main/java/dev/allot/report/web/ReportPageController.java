package dev.allot.report.web;

import dev.allot.booking.BookingStatus;
import dev.allot.identity.CurrentUser;
import dev.allot.report.BookingLine;
import dev.allot.report.BookingReportQuery;
import dev.allot.report.BookingReports;
import dev.allot.report.ReportFormat;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reports page: filters (site, resource, person for admins, status, days in the site's zone),
 * the bookings a page at a time, and the same selection as CSV or Excel. Members see their own.
 */
@Controller
class ReportPageController {

    static final int PAGE_SIZE = 50;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BookingReports reports;
    private final Spaces spaces;
    private final MessageSource messages;

    ReportPageController(BookingReports reports, Spaces spaces, MessageSource messages) {
        this.reports = reports;
        this.spaces = spaces;
        this.messages = messages;
    }

    /** A booking as the table shows it: times formatted in its site's zone. */
    record Row(BookingLine line, String starts, String ends, String booked, String cancelled) {}

    @GetMapping("/reports")
    String report(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Long resourceId,
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(name = "status", required = false) @Nullable Set<BookingStatus> statuses,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model,
            Locale locale) {
        Set<BookingStatus> chosen = statuses == null ? Set.of() : statuses;
        String filters = filters(siteId, resourceId, personId, chosen, from, to);
        BookingReports.ReportPage report;
        try {
            report = reports.page(ReportController.query(siteId, resourceId, personId, chosen,
                    from, to), new PageRequest(Math.max(page, 0), PAGE_SIZE), me, locale);
        } catch (ProblemException problem) {
            if (problem.status().value() != 400) {
                throw problem;
            }
            model.addAttribute("error", messages.getMessage("report.invalidRange", null, locale));
            report = new BookingReports.ReportPage(messages.getMessage("report.page.title", null, locale), null,
                    new Page<>(List.of(), 0, PAGE_SIZE, 0));
        }
        model.addAttribute("report", report);
        model.addAttribute("lines", report.lines());
        model.addAttribute("rows", report.lines().items().stream().map(ReportPageController::row).toList());
        model.addAttribute("sites", spaces.sites());
        model.addAttribute("resources", resources(siteId));
        model.addAttribute("allStatuses", EnumSet.allOf(BookingStatus.class));
        model.addAttribute("siteId", siteId);
        model.addAttribute("resourceId", resourceId);
        model.addAttribute("personId", personId);
        model.addAttribute("statuses", chosen);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("base", "/reports" + filters);
        model.addAttribute("csv", "/reports/export" + withFormat(filters, "csv"));
        model.addAttribute("xlsx", "/reports/export" + withFormat(filters, "xlsx"));
        return "report/bookings";
    }

    /** The download for a signed-in browser (the API's export wants a bearer token, a browser has a session). */
    @GetMapping("/reports/export")
    void export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Long resourceId,
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(name = "status", required = false) @Nullable Set<BookingStatus> statuses,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal CurrentUser me, Locale locale, HttpServletResponse response) throws IOException {
        ReportFormat chosen = ReportFormat.of(format);
        ReportDownloads.send(reports.export(ReportController.query(siteId, resourceId, personId, statuses, from, to),
                me, locale), chosen, response);
    }

    private List<ResourceView> resources(@Nullable Long siteId) {
        ResourceQuery query = new ResourceQuery(null, siteId == null ? null : new SiteId(siteId), null, null, Set.of(),
                null, null, true);
        return spaces.search(query, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    private static Row row(BookingLine line) {
        return new Row(line, TIME.format(line.startsAt()), TIME.format(line.endsAt()), TIME.format(line.bookedAt()),
                line.cancelledAt() == null ? "" : TIME.format(line.cancelledAt()));
    }

    private static String filters(@Nullable Long siteId, @Nullable Long resourceId, @Nullable Long personId,
            Set<BookingStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("")
                .queryParamIfPresent("siteId", Optional.ofNullable(siteId))
                .queryParamIfPresent("resourceId", Optional.ofNullable(resourceId))
                .queryParamIfPresent("personId", Optional.ofNullable(personId));
        statuses.stream().sorted().forEach(status -> uri.queryParam("status", status.name()));
        return uri.queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .encode()
                .toUriString();
    }

    private static String withFormat(String filters, String format) {
        return (filters.isEmpty() ? "?" : filters + "&") + "format=" + format;
    }
}
