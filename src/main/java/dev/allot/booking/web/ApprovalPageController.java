package dev.allot.booking.web;

import dev.allot.booking.ApproveBooking;
import dev.allot.booking.BookingId;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.RejectBooking;
import dev.allot.booking.SeriesScope;
import dev.allot.booking.SiteDay;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admin's decisions on bookings: approve or reject the pending ones, and cancel anyone's
 * upcoming booking with a reason. Times are shown in each booking's site zone.
 */
@Controller
class ApprovalPageController {

    private static final int PAGE_SIZE = 50;

    private final Bookings bookings;
    private final Identity identity;
    private final Spaces spaces;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final Clock clock;

    ApprovalPageController(Bookings bookings, Identity identity, Spaces spaces, ProblemMessages problems,
            MessageSource messages, Clock clock) {
        this.bookings = bookings;
        this.identity = identity;
        this.spaces = spaces;
        this.problems = problems;
        this.messages = messages;
        this.clock = clock;
    }

    /** Everyone's pending bookings that have not ended yet. */
    static BookingQuery pending(Instant now) {
        return new BookingQuery(null, null, null, now, null, Set.of(BookingStatus.PENDING));
    }

    /** A booking as a row: who, where, and when in the site's own zone. */
    record BookingLine(BookingView booking, String who, String email, String site, String day, String time,
            String zone) {}

    @GetMapping("/admin/approvals")
    String approvals(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model,
            Locale locale) {
        Page<BookingView> found = bookings.list(pending(clock.instant()), new PageRequest(Math.max(page, 0), PAGE_SIZE),
                me);
        model.addAttribute("bookings", lines(found, locale));
        model.addAttribute("base", "/admin/approvals");
        return "admin/approvals";
    }

    @PostMapping("/admin/approvals/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) @Nullable String scope,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        SeriesScope chosen = "ALL".equals(scope) ? SeriesScope.ALL : SeriesScope.THIS;
        try {
            BookingView approved = bookings.approve(new ApproveBooking(new BookingId(id), chosen), me);
            redirect.addFlashAttribute("notice", text(chosen == SeriesScope.ALL && approved.seriesId() != null
                    ? "admin.approvals.approvedSeries" : "admin.approvals.approved", locale, approved.title(),
                    approved.resourceName()));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", problems.describe(e, locale));
        }
        return "redirect:/admin/approvals";
    }

    @PostMapping("/admin/approvals/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable String scope, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        SeriesScope chosen = "ALL".equals(scope) ? SeriesScope.ALL : SeriesScope.THIS;
        try {
            BookingView rejected = bookings.reject(new RejectBooking(new BookingId(id), reason, chosen), me);
            redirect.addFlashAttribute("notice", text(chosen == SeriesScope.ALL && rejected.seriesId() != null
                    ? "admin.approvals.rejectedSeries" : "admin.approvals.rejected", locale, rejected.title(),
                    rejected.resourceName()));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", explain(e, locale));
        }
        return "redirect:/admin/approvals";
    }

    /** Upcoming active bookings, of one site and one day (in that site's zone) when chosen. */
    @GetMapping("/admin/bookings")
    String upcoming(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model,
            Locale locale) {
        List<SiteView> sites = spaces.sites();
        SiteView site = siteId == null ? null
                : sites.stream().filter(s -> s.id().value() == siteId).findFirst().orElse(null);
        Instant from = clock.instant();
        Instant to = null;
        if (date != null && site != null) {
            SiteDay day = new SiteDay(date, site.timeZone());
            from = day.start().isAfter(from) ? day.start() : from;
            to = day.end();
        } else if (date != null) {
            model.addAttribute("error", text("admin.bookings.dayNeedsSite", locale));
        }
        Page<BookingView> found = to != null && !from.isBefore(to)
                ? new Page<>(List.of(), 0, PAGE_SIZE, 0)
                : bookings.list(new BookingQuery(null, null, site == null ? null : site.id(), from, to,
                        BookingStatus.ACTIVE), new PageRequest(Math.max(page, 0), PAGE_SIZE), me);
        model.addAttribute("bookings", lines(found, locale));
        model.addAttribute("sites", sites);
        model.addAttribute("siteId", site == null ? null : site.id().value());
        model.addAttribute("date", date);
        model.addAttribute("page", page);
        model.addAttribute("base", filters(site == null ? null : site.id().value(), date, null));
        return "admin/bookings";
    }

    @PostMapping("/admin/bookings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            BookingView cancelled = bookings.cancel(new CancelBooking(new BookingId(id), reason), me);
            redirect.addFlashAttribute("notice", text("admin.bookings.cancelled", locale, cancelled.title(),
                    cancelled.resourceName()));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", explain(e, locale));
        }
        return "redirect:" + filters(siteId, date, page);
    }

    private static String filters(@Nullable Long siteId, @Nullable LocalDate date, @Nullable Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/bookings");
        if (siteId != null) {
            uri.queryParam("siteId", siteId);
        }
        if (date != null) {
            uri.queryParam("date", date);
        }
        if (page != null && page > 0) {
            uri.queryParam("page", page);
        }
        return uri.toUriString();
    }

    private Page<BookingLine> lines(Page<BookingView> found, Locale locale) {
        Set<UserId> people = found.items().stream().map(BookingView::bookedBy).collect(Collectors.toSet());
        Map<UserId, UserView> byId = people.isEmpty() ? Map.of() : identity.usersByIds(people);
        Map<SiteId, String> siteNames = spaces.sites().stream()
                .collect(Collectors.toMap(SiteView::id, SiteView::name));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        DateTimeFormatter dayAndTime = DateTimeFormatter.ofPattern("d MMM HH:mm", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        return found.map(booking -> {
            ZoneId zone = booking.timeZone();
            ZonedDateTime start = booking.startsAt().atZone(zone);
            ZonedDateTime end = booking.endsAt().atZone(zone);
            boolean sameDay = start.toLocalDate().equals(end.toLocalDate())
                    || end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    && start.toLocalDate().plusDays(1).equals(end.toLocalDate());
            String when = sameDay ? start.format(time) + "–" + end.format(time)
                    : start.format(dayAndTime) + " – " + end.format(dayAndTime);
            UserView person = byId.get(booking.bookedBy());
            return new BookingLine(booking, person == null ? "#" + booking.bookedBy() : person.displayName(),
                    person == null ? "" : person.email(), siteNames.getOrDefault(booking.siteId(), ""),
                    start.format(day), when, zone.getId());
        });
    }

    /** A missing or too long reason (the booking module's rule) reads as one request for a reason. */
    private String explain(ProblemException problem, Locale locale) {
        return problems.byField(problem, locale).containsKey("reason")
                ? text("admin.reason.required", locale, Bookings.MAX_REASON)
                : problems.describe(problem, locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
