package dev.allot.notification.internal.feed;

import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.notification.CalendarEntry;
import dev.allot.notification.CalendarEntrySource;
import dev.allot.notification.CalendarFeed;
import dev.allot.notification.CalendarFeeds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The feed tokens are kept here; the events come from the modules that own them, as {@link CalendarEntrySource}s. */
@Service
class CalendarFeedService implements CalendarFeeds {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeedService.class);
    /** Enough for anyone's year; a feed stops there rather than growing without bound. */
    static final int MOST_EVENTS = 2_000;

    private final CalendarFeedRepository feeds;
    private final List<CalendarEntrySource> sources;
    private final Identity identity;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, ObjectProvider<CalendarEntrySource> sources, Identity identity,
            Clock clock) {
        this.feeds = feeds;
        this.sources = sources.orderedStream().toList();
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public CalendarFeed feed(UserId owner) {
        String token = FeedTokens.newToken();
        Instant now = clock.instant();
        if (feeds.insertIfAbsent(owner.value(), FeedTokens.hash(token), now.toEpochMilli())) {
            log.info("Calendar feed made for user {}", owner);
            return new CalendarFeed(owner, token, now);
        }
        long createdAt = feeds.createdAt(owner.value()).orElseThrow();
        return new CalendarFeed(owner, null, Instant.ofEpochMilli(createdAt));
    }

    @Override
    public CalendarFeed reset(UserId owner) {
        String token = FeedTokens.newToken();
        Instant now = clock.instant();
        feeds.replace(owner.value(), FeedTokens.hash(token), now.toEpochMilli());
        log.info("Calendar feed reset for user {}", owner);
        return new CalendarFeed(owner, token, now);
    }

    @Override
    public Optional<String> calendar(String token, String uidDomain) {
        Optional<UserView> owner = feeds.ownerOf(FeedTokens.hash(token))
                .flatMap(id -> identity.findUser(new UserId(id)))
                .filter(UserView::active);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(PAST_DAYS));
        Instant to = now.plus(Duration.ofDays(FUTURE_DAYS));
        List<CalendarEntry> entries = new ArrayList<>();
        for (CalendarEntrySource source : sources) {
            entries.addAll(source.entries(owner.get().id(), from, to, MOST_EVENTS - entries.size()));
            if (entries.size() >= MOST_EVENTS) {
                break;
            }
        }
        entries.sort(Comparator.comparing(CalendarEntry::start));
        return Optional.of(FeedCalendar.write("Allot · " + owner.get().displayName(), entries, uidDomain, now));
    }
}
