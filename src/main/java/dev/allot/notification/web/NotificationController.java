package dev.allot.notification.web;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.NotificationId;
import dev.allot.notification.NotificationView;
import dev.allot.notification.Notifications;
import dev.allot.notification.RenderedNotification;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** {@code actions}: buttons such as Accept / Decline, each a label and a target (a path, or an action id). */
    record NotificationResponse(long id, String kind, String title, String body, @Nullable String link,
            List<RenderedNotification.Action> actions, Instant createdAt, boolean read) {

        static NotificationResponse of(NotificationView n) {
            return new NotificationResponse(n.id().value(), n.kind(), n.title(), n.body(), n.link(), n.actions(),
                    n.createdAt(), n.read());
        }
    }

    record InboxResponse(List<NotificationResponse> items, int page, int size, long total, long unread) {}

    @GetMapping
    InboxResponse inbox(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser me) {
        Page<NotificationView> inbox = notifications.inbox(me.id(), new PageRequest(page, size));
        return new InboxResponse(inbox.items().stream().map(NotificationResponse::of).toList(), inbox.page(),
                inbox.size(), inbox.total(),
                notifications.unreadCount(me.id()));
    }

    @PostMapping("/{id}/read")
    NotificationResponse read(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return NotificationResponse.of(notifications.markRead(me.id(), new NotificationId(id)));
    }
}
