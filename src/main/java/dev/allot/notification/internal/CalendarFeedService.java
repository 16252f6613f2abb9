package dev.allot.notification.internal;

import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.notification.CalendarFeed;
import dev.allot.notification.CalendarFeeds;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class CalendarFeedService implements CalendarFeeds {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeedService.class);
    /** Enough for anyone's year; a feed stops there rather than growing without bound. */
    static final int MOST_EVENTS = 2_000;

    private final CalendarFeedRepository feeds;
    private final Bookings bookings;
    private final Spaces spaces;
    private final Identity identity;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, Bookings bookings, Spaces spaces, Identity identity,
            Clock clock) {
        this.feeds = feeds;
        this.bookings = bookings;
        this.spaces = spaces;
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
        List<BookingView> active = activeBookings(owner.get().id(), now.minus(Duration.ofDays(PAST_DAYS)),
                now.plus(Duration.ofDays(FUTURE_DAYS)));
        var resources = spaces.resourcesByIds(active.stream().map(BookingView::resourceId).distinct().toList());
        return Optional.of(FeedCalendar.write("Allot · " + owner.get().displayName(), active, resources, uidDomain,
                now));
    }

    private List<BookingView> activeBookings(UserId owner, Instant from, Instant to) {
        BookingQuery query = new BookingQuery(owner, null, null, from, to, BookingStatus.ACTIVE);
        List<BookingView> all = new ArrayList<>();
        for (int page = 0; all.size() < MOST_EVENTS; page++) {
            Page<BookingView> batch = bookings.list(query, new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(batch.items());
            if (batch.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all;
    }
}
