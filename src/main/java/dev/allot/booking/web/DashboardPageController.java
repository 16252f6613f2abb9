package dev.allot.booking.web;

import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.Page;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The start page after signing in: my next bookings, today at my home site, and for admins how
 * many bookings wait for approval. The home site is chosen here too.
 */
@Controller
class DashboardPageController {

    static final int UPCOMING = 8;

    private final Spaces spaces;
    private final Identity identity;
    private final PageBookings pageBookings;

    DashboardPageController(Spaces spaces, Identity identity, PageBookings pageBookings) {
        this.spaces = spaces;
        this.identity = identity;
        this.pageBookings = pageBookings;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) @Nullable Long site, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        Instant now = pageBookings.now();
        Page<BookingView> upcoming = pageBookings.first(
                new BookingQuery(me.id(), null, null, now, null, BookingStatus.ACTIVE), UPCOMING, me);
        model.addAttribute("upcoming", upcoming.items().stream().map(b -> pageBookings.row(b, me, null)).toList());
        model.addAttribute("moreUpcoming", upcoming.total() - upcoming.items().size());
        model.addAttribute("canBook", me.canBook());

        List<SiteView> sites = spaces.sites();
        Optional<SiteView> chosen = PageSites.choose(sites, site, me);
        model.addAttribute("sites", sites);
        chosen.ifPresent(at -> today(at, me, model));
        model.addAttribute("isHome", chosen.map(at -> me.homeSiteId() != null && at.id().value() == me.homeSiteId())
                .orElse(false));
        if (me.isAdmin()) {
            model.addAttribute("pending", pageBookings.first(ApprovalPageController.pending(now), 1, me).total());
        }
        return "booking/dashboard";
    }

    private void today(SiteView site, CurrentUser me, Model model) {
        LocalDate today = pageBookings.today(site.timeZone());
        List<BookingView> booked = pageBookings.activeAt(site, today, me);
        Map<UserId, UserView> people = identity.usersByIds(
                booked.stream().map(BookingView::bookedBy).collect(Collectors.toSet()));
        model.addAttribute("site", site);
        model.addAttribute("today", today);
        model.addAttribute("zone", PageBookings.zoneLabel(site.timeZone(), today));
        model.addAttribute("todayBookings", booked.stream()
                .map(b -> pageBookings.row(b, me, people.containsKey(b.bookedBy())
                        ? people.get(b.bookedBy()).displayName() : null))
                .toList());
    }

    /** Makes a site the person's home site, kept with their language in their preferences. */
    @PostMapping("/home-site")
    String chooseHomeSite(@RequestParam long site, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        SiteView home = spaces.site(new SiteId(site));
        identity.updatePreferences(me.id(), me.locale(), home.id().value());
        redirect.addFlashAttribute("homeSiteChosen", home.name());
        return "redirect:/";
    }
}
