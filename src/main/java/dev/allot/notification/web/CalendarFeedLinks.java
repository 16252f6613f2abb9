package dev.allot.notification.web;

import dev.allot.notification.CalendarFeed;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute feed addresses, built from the address the request came to. */
final class CalendarFeedLinks {

    static final String PATH = "/calendar/{token}.ics";

    private CalendarFeedLinks() {}

    static @Nullable String url(CalendarFeed feed) {
        return feed.token() == null ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH).buildAndExpand(feed.token())
                        .toUriString();
    }

    /** The same address for calendar apps that register the webcal scheme (Outlook, Apple Calendar). */
    static @Nullable String webcal(@Nullable String url) {
        return url == null ? null : url.replaceFirst("^https?://", "webcal://");
    }

    /** The host that makes event UIDs unique. */
    static String uidDomain() {
        String host = ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        return host == null || host.isBlank() ? "allot" : host;
    }
}
