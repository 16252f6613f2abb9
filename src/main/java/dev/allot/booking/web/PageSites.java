package dev.allot.booking.web;

import dev.allot.identity.CurrentUser;
import dev.allot.space.DailyHours;
import dev.allot.space.SiteView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Which site a page shows when a person has not said, and its hours on a day. */
final class PageSites {

    private PageSites() {}

    /** The site asked for, else the person's home site, else the first; empty only when there are no sites. */
    static Optional<SiteView> choose(List<SiteView> sites, @Nullable Long requested, CurrentUser me) {
        return byId(sites, requested).or(() -> byId(sites, me.homeSiteId())).or(() -> sites.stream().findFirst());
    }

    /** The site's opening hours on that day's weekday; empty when closed or open around the clock. */
    static Optional<DailyHours> hoursOn(SiteView site, LocalDate day) {
        return site.openingHours().days().stream().filter(h -> h.day() == day.getDayOfWeek()).findFirst();
    }

    private static Optional<SiteView> byId(List<SiteView> sites, @Nullable Long id) {
        return id == null ? Optional.empty() : sites.stream().filter(site -> site.id().value() == id).findFirst();
    }
}
