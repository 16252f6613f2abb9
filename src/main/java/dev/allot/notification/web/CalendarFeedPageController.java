package dev.allot.notification.web;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.CalendarFeed;
import dev.allot.notification.CalendarFeeds;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The "Calendar feed" section of the profile page, loaded into it with htmx. */
@Controller
class CalendarFeedPageController {

    static final String FRAGMENT = "notification/calendar-feed :: feed";

    private final CalendarFeeds feeds;

    CalendarFeedPageController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** What the section shows: the address only right after it was made. */
    record FeedSection(@Nullable String url, @Nullable String webcal, LocalDate since) {

        static FeedSection of(CalendarFeed feed) {
            String url = CalendarFeedLinks.url(feed);
            return new FeedSection(url, CalendarFeedLinks.webcal(url), feed.createdAt().atZone(ZoneOffset.UTC).toLocalDate());
        }
    }

    @GetMapping("/me/calendar-feed")
    String feed(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("feed", FeedSection.of(feeds.feed(me.id())));
        return FRAGMENT;
    }

    @PostMapping("/me/calendar-feed/reset")
    String reset(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("feed", FeedSection.of(feeds.reset(me.id())));
        return FRAGMENT;
    }
}
