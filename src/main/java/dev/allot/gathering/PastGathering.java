package dev.allot.gathering;

import dev.allot.identity.UserId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event that took place, brought in as it was (history, the demo office): its host, the guests who
 * came and the ratings they gave. Nobody is told of it.
 */
public record PastGathering(UserId host, String title, @Nullable String description, @Nullable Film film,
        Instant startsAt, Instant endsAt, String timeZone, @Nullable String place, int seats, List<UserId> guests,
        List<PastRating> ratings) {

    public PastGathering {
        guests = List.copyOf(guests);
        ratings = List.copyOf(ratings);
    }

    /** A rating given after it: a guest's of the host, or the host's of a guest. */
    public record PastRating(UserId by, UserId of, int score, @Nullable String comment) {}
}
