package dev.allot.insight;

import dev.allot.space.ResourceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A free room at a free time, with its rank's reasons in words.
 *
 * @param score 0-100, higher is better: fit (little waste) counts half, usual quiet 40%, earliness 10%
 * @param usualShare how booked rooms like it usually are at that weekday and hour (0-1), null when
 *     there is no history yet
 */
public record SlotSuggestion(ResourceId resourceId, String resourceName, int capacity, @Nullable String floorName,
        Instant startsAt, Instant endsAt, ZoneId timeZone, int score, @Nullable Double usualShare,
        List<String> reasons) {}
