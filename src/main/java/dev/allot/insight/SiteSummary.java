package dev.allot.insight;

import dev.allot.space.SiteId;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A site over a period: totals, its busiest and emptiest rooms (by utilisation), and the no-show rate.
 *
 * @param active bookings pending or confirmed now
 * @param noShowBase past confirmed bookings at resources that use check-in
 * @param noShowRate noShows / noShowBase, null when the base is empty
 * @param resources every resource counted, busiest first
 */
public record SiteSummary(
        SiteId siteId,
        String siteName,
        ZoneId timeZone,
        Period period,
        Utilisation utilisation,
        int active,
        int confirmed,
        int pending,
        int cancelled,
        int rejected,
        int checkedIn,
        int noShowBase,
        int noShows,
        @Nullable Double noShowRate,
        List<ResourceUsage> busiestRooms,
        List<ResourceUsage> emptiestRooms,
        List<ResourceUsage> resources) {

    /** How many rooms each of the busiest and emptiest lists names. */
    public static final int TOP = 5;
}
