package dev.allot.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One message in a person's inbox, already worded in their language. */
public record NotificationView(NotificationId id, String kind, String title, String body, @Nullable String link,
        List<RenderedNotification.Action> actions, Instant createdAt, boolean read) {}
