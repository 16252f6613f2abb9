package dev.allot.notification;

import java.io.Serializable;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * An email to somebody who is not a user of Allot (a member's guest): worded when it is sent, in
 * {@code locale} (the host's language) with times in {@code zone} (the site's), and sent once per
 * {@code key} however often it is asked for.
 *
 * @param key what makes a repeat the same email, e.g. "guest-desk:123"
 */
public record GuestEmail(String key, String address, String locale, ZoneId zone, NotificationText subject,
        NotificationText body, @Nullable CalendarEntry calendarEntry) implements Serializable {}
