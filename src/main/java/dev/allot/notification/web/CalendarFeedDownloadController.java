package dev.allot.notification.web;

import dev.allot.notification.CalendarFeeds;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The feed itself, for calendar apps: no sign-in, the secret address is the credential. An unknown
 * token is a bare 404, the same as any address that does not exist.
 */
@Controller
class CalendarFeedDownloadController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedDownloadController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeedLinks.PATH)
    ResponseEntity<String> calendar(@PathVariable String token) {
        return feeds.calendar(token, CalendarFeedLinks.uidDomain())
                .map(text -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(text))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
