package dev.allot.insight;

import dev.allot.identity.CurrentUser;
import dev.allot.space.SiteId;
import java.util.List;
import java.util.Locale;

/**
 * Occupancy figures, read from the hourly read model (never from raw bookings). Days and hours are
 * local to the site's zone. Each call checks who may see it: admins see everything; members and
 * viewers see the charts (utilisation, heatmap, best times) of their home site, or of any site when
 * they have none; only admins see site summaries and per-resource usage (403 otherwise). An unknown
 * site, floor or resource is 404; a period backwards or longer than {@link Period#MAX_DAYS} is 400.
 */
public interface Insights {

    Utilisation utilisation(InsightScope scope, Period period, CurrentUser viewer);

    Heatmap heatmap(InsightScope scope, Period period, CurrentUser viewer);

    /** The scope day by day, every day of the period in order (for series charts and exports). */
    List<DayUsage> daily(InsightScope scope, Period period, CurrentUser viewer);

    /** Crowded and quiet weekday/hour runs for a site (and kind, room size), in words in {@code locale}. */
    BestTimes bestTimes(InsightScope scope, Period period, Locale locale, CurrentUser viewer);

    /** Every resource in the scope with its figures, busiest first (admins). */
    List<ResourceUsage> usage(InsightScope scope, Period period, CurrentUser admin);

    SiteSummary siteSummary(SiteId siteId, Period period, CurrentUser admin);
}
