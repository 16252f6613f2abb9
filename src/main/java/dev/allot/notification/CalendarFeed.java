package dev.allot.notification;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's calendar feed.
 *
 * @param token the secret of the feed's address, present only in the answer that made it
 */
public record CalendarFeed(UserId owner, @Nullable String token, Instant createdAt) {

    @Override
    public String toString() {
        return "CalendarFeed[owner=" + owner + ", token=" + (token == null ? "none" : "(hidden)") + ", createdAt="
                + createdAt + "]";
    }
}
