package dev.allot.notification;

import dev.allot.identity.UserId;
import java.util.Optional;

/**
 * Personal calendar feeds: one secret address per person that calendar apps (Outlook, Google
 * Calendar, Thunderbird) subscribe to, listing that person's events from every
 * {@link CalendarEntrySource} (their pending and confirmed bookings). Only a hash of the token is
 * kept, so a token is handed out once, when it is made.
 */
public interface CalendarFeeds {

    /** The person's feed, made on the first call: only then does it carry the token. */
    CalendarFeed feed(UserId owner);

    /** Replaces the person's token (making the feed if there was none): the old address stops working at once. */
    CalendarFeed reset(UserId owner);

    /**
     * The iCalendar (RFC 5545) text of the feed with this token: the owner's entries from
     * {@link #PAST_DAYS} days ago to {@link #FUTURE_DAYS} days ahead. Empty for an unknown token and
     * for a deactivated person.
     *
     * @param uidDomain the host name that makes event UIDs unique ({@code 42@allot.example.com})
     */
    Optional<String> calendar(String token, String uidDomain);

    int PAST_DAYS = 30;

    int FUTURE_DAYS = 365;
}
