package dev.allot.booking.web;

import dev.allot.booking.BookingView;
import dev.allot.identity.CurrentUser;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A resource's page: what and where it is, and its week. It lives with the bookings rather than in
 * the space module because it shows bookings, and the space module must not depend on them.
 */
@Controller
class ResourcePageController {

    static final int WEEK = 7;

    private final Spaces spaces;
    private final PageBookings pageBookings;

    ResourcePageController(Spaces spaces, PageBookings pageBookings) {
        this.spaces = spaces;
        this.pageBookings = pageBookings;
    }

    @GetMapping("/resources/{id}")
    String resource(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        ResourceView resource = spaces.resource(new ResourceId(id));
        SiteView site = spaces.site(resource.siteId());
        LocalDate today = pageBookings.today(site.timeZone());
        LocalDate first = date != null ? date : today;
        List<BookingView> week = pageBookings.activeOf(resource.id(), first, first.plusDays(WEEK), site.timeZone(), me);
        model.addAttribute("resource", resource);
        model.addAttribute("site", site);
        model.addAttribute("days", PageTimeline.alike(IntStream.range(0, WEEK)
                .mapToObj(offset -> new PageTimeline.Day(first.plusDays(offset), site.timeZone(), site.openingHours(), week))
                .toList(), me.id(), pageBookings.now()));
        model.addAttribute("first", first);
        model.addAttribute("today", today);
        model.addAttribute("canBook", me.canBook() && resource.active());
        model.addAttribute("suggestMinutes", resource.kind() == ResourceKind.DESK ? 0 : 60);
        model.addAttribute("zone", PageBookings.zoneLabel(site.timeZone(), first));
        return "space/resource";
    }
}
