package dev.allot.booking.web;

import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.platform.PageRequest;
import dev.allot.space.ResourceQuery;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's start page: what there is and what waits for a decision. It lives with bookings
 * because the booking module is the one that already sees spaces and people.
 */
@Controller
class AdminOverviewPageController {

    private static final PageRequest COUNT_ONLY = new PageRequest(0, 1);

    private final Spaces spaces;
    private final Identity identity;
    private final Bookings bookings;
    private final Clock clock;

    AdminOverviewPageController(Spaces spaces, Identity identity, Bookings bookings, Clock clock) {
        this.spaces = spaces;
        this.identity = identity;
        this.bookings = bookings;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String overview(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("sites", spaces.sites().size());
        model.addAttribute("resources", spaces.search(
                new ResourceQuery(null, null, null, null, Set.of(), null, null, true), COUNT_ONLY).total());
        model.addAttribute("people", identity.users(COUNT_ONLY, me).total());
        model.addAttribute("pending", bookings.list(ApprovalPageController.pending(clock.instant()), COUNT_ONLY, me).total());
        model.addAttribute("upcoming", bookings.list(new BookingQuery(null, null, null, clock.instant(), null,
                BookingStatus.ACTIVE), COUNT_ONLY, me).total());
        return "admin/overview";
    }
}
