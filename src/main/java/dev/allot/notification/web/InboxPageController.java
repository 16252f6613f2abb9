package dev.allot.notification.web;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.NotificationId;
import dev.allot.notification.Notifications;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The in-app inbox page. */
@Controller
class InboxPageController {

    private final Notifications notifications;
    private final Spaces spaces;

    InboxPageController(Notifications notifications, Spaces spaces) {
        this.notifications = notifications;
        this.spaces = spaces;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("inbox", notifications.inbox(me.id(), new PageRequest(Math.max(0, page), 30)));
        model.addAttribute("zone", zone(me));
        return "notification/inbox";
    }

    /** When a message came, in the person's home site's zone (UTC for people without one). */
    private ZoneId zone(CurrentUser me) {
        if (me.homeSiteId() == null) {
            return ZoneOffset.UTC;
        }
        try {
            return spaces.site(new SiteId(me.homeSiteId())).timeZone();
        } catch (ProblemException siteGone) {
            return ZoneOffset.UTC;
        }
    }

    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        notifications.markRead(me.id(), new NotificationId(id));
        return "redirect:/inbox";
    }
}
