package dev.allot.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A notification worded in its recipient's language, as a channel shows it. */
public record RenderedNotification(String kind, String title, String body, @Nullable String link,
        List<Action> actions) {

    public RenderedNotification {
        actions = List.copyOf(actions);
    }

    /** A button: its label in the recipient's language and its {@link NotificationAction#target()}. */
    public record Action(String label, String target) {

        public boolean isPath() {
            return target.startsWith("/");
        }
    }
}
