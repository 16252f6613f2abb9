package dev.allot.notification.web;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.NotificationId;
import dev.allot.notification.Notifications;
import dev.allot.platform.PageRequest;
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

    InboxPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("inbox", notifications.inbox(me.id(), new PageRequest(Math.max(0, page), 30)));
        return "notification/inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        notifications.markRead(me.id(), new NotificationId(id));
        return "redirect:/inbox";
    }
}
