package dev.allot.notification.web;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count in the page header ({@code ${inboxBadge.unread()}} in the layout). The model gets
 * a badge that counts only when the page reads it, so API calls and redirects pay for no query.
 */
@ControllerAdvice
class InboxBadge {

    private final Notifications notifications;

    InboxBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("inboxBadge")
    Badge badge(@AuthenticationPrincipal @Nullable CurrentUser me) {
        return new Badge(notifications, me);
    }

    /** Counts on the first {@link #unread()}; nothing for someone not signed in. */
    static final class Badge {

        private final Notifications notifications;
        private final @Nullable CurrentUser me;
        private @Nullable Long unread;

        private Badge(Notifications notifications, @Nullable CurrentUser me) {
            this.notifications = notifications;
            this.me = me;
        }

        public long unread() {
            if (unread == null) {
                unread = me == null ? 0 : notifications.unreadCount(me.id());
            }
            return unread;
        }
    }
}
