package dev.allot.gathering;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which events to list, sorted by start: by default those not over yet that the viewer may see.
 *
 * @param from events starting at or after it (default: those not ended yet)
 * @param to events starting before it
 * @param place text the place contains (any case)
 * @param film text the film's title contains (any case)
 * @param freeOnly only free events
 * @param following only events of hosts the viewer follows
 * @param mine only the viewer's own: {@code HOST}, the events they host; {@code GUEST}, those they asked
 *     to join, were invited to or were accepted at
 * @param includeCancelled also cancelled events (always with {@code mine})
 * @param minHostRating only hosts whose guests rated them at least this on average (hosts nobody rated yet
 *     are left out)
 * @param fromDay events whose start falls on this day or later, in each event's own zone
 * @param toDay events whose start falls on this day or earlier, in each event's own zone
 */
public record GatheringQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String place,
        @Nullable String film, boolean freeOnly, boolean following, @Nullable Mine mine, boolean includeCancelled,
        @Nullable Double minHostRating, @Nullable LocalDate fromDay, @Nullable LocalDate toDay) {

    public GatheringQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String place, @Nullable String film,
            boolean freeOnly, boolean following, @Nullable Mine mine, boolean includeCancelled) {
        this(from, to, place, film, freeOnly, following, mine, includeCancelled, null, null, null);
    }

    public static GatheringQuery upcoming() {
        return new GatheringQuery(null, null, null, null, false, false, null, false);
    }

    /** The viewer's part in the events listed. */
    public enum Mine {
        HOST,
        GUEST
    }
}
