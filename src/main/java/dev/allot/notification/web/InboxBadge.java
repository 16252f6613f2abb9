package dev.allot.notification.web;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.Notifications;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unread count in the page header, asked for by the layout ({@code @inboxBadge.unread()}) so
 * that only rendered pages pay for the query, not API calls.
 */
@Component("inboxBadge")
class InboxBadge {

    private final Notifications notifications;

    InboxBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    public long unread() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser me ? notifications.unreadCount(me.id()) : 0;
    }
}
