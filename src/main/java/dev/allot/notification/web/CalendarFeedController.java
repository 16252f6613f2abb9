package dev.allot.notification.web;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.CalendarFeed;
import dev.allot.notification.CalendarFeeds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own calendar feed: always "mine", there is no way to name someone else's. */
@RestController
@Tag(name = "Calendar feed")
class CalendarFeedController {

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    record CalendarFeedResponse(
            @Schema(description = "The feed's private address; given only when the feed is made or reset, "
                    + "since only a hash of it is kept") @Nullable String url,
            Instant createdAt) {

        static CalendarFeedResponse of(CalendarFeed feed) {
            return new CalendarFeedResponse(CalendarFeedLinks.url(feed), feed.createdAt());
        }
    }

    @GetMapping("/api/v1/me/calendar-feed")
    @Operation(summary = "My calendar feed; made, with its address, on the first call")
    CalendarFeedResponse feed(@AuthenticationPrincipal CurrentUser me) {
        return CalendarFeedResponse.of(feeds.feed(me.id()));
    }

    @PostMapping("/api/v1/me/calendar-feed/reset")
    @Operation(summary = "A new address for my calendar feed; the old one stops working")
    CalendarFeedResponse reset(@AuthenticationPrincipal CurrentUser me) {
        return CalendarFeedResponse.of(feeds.reset(me.id()));
    }
}
