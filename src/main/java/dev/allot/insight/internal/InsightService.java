package dev.allot.insight.internal;

import dev.allot.identity.CurrentUser;
import dev.allot.insight.BestTimes;
import dev.allot.insight.DayUsage;
import dev.allot.insight.Heatmap;
import dev.allot.insight.HeatmapCell;
import dev.allot.insight.InsightScope;
import dev.allot.insight.Insights;
import dev.allot.insight.Period;
import dev.allot.insight.ResourceUsage;
import dev.allot.insight.SiteSummary;
import dev.allot.insight.TimeSlot;
import dev.allot.insight.Utilisation;
import dev.allot.platform.ProblemException;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures, from the rollups and the site's opening hours; never from raw bookings. */
@Service
@Transactional(readOnly = true)
class InsightService implements Insights {

    private static final double HOUR = 3_600_000d;

    private final OccupancyRepository repository;
    private final Spaces spaces;
    private final MessageSource messages;
    private final Clock clock;

    InsightService(OccupancyRepository repository, Spaces spaces, MessageSource messages, Clock clock) {
        this.repository = repository;
        this.spaces = spaces;
        this.messages = messages;
        this.clock = clock;
    }

    /** A scope made concrete: its site and the resources it counts. */
    record Resolved(SiteView site, List<ResourceView> resources) {

        List<Long> ids() {
            return resources.stream().map(resource -> resource.id().value()).toList();
        }
    }

    @Override
    public Utilisation utilisation(InsightScope scope, Period period, CurrentUser viewer) {
        Resolved resolved = resolve(scope, period, viewer);
        return utilisation(scope, period, resolved, totals(resolved, period), openMillis(resolved.site(), period));
    }

    @Override
    public Heatmap heatmap(InsightScope scope, Period period, CurrentUser viewer) {
        return heatmap(scope, period, resolve(scope, period, viewer));
    }

    @Override
    public List<DayUsage> daily(InsightScope scope, Period period, CurrentUser viewer) {
        Resolved resolved = resolve(scope, period, viewer);
        Map<Long, long[]> byDay = repository.byDay(resolved.ids(), period.from().toEpochDay(), period.to().toEpochDay());
        long[] open = OpenTime.byDay(resolved.site().openingHours(), resolved.site().timeZone(), period);
        int resources = resolved.resources().size();
        List<DayUsage> days = new ArrayList<>(open.length);
        for (int i = 0; i < open.length; i++) {
            LocalDate day = period.from().plusDays(i);
            long[] sums = byDay.getOrDefault(day.toEpochDay(), new long[7]);
            double available = open[i] * (double) resources;
            days.add(new DayUsage(day, sums[0] / HOUR, available / HOUR, available == 0 ? null : sums[0] / available,
                    sums[1] / HOUR, (int) sums[2], (int) sums[3], (int) sums[4], (int) sums[5], (int) sums[6]));
        }
        return days;
    }

    @Override
    public BestTimes bestTimes(InsightScope scope, Period period, Locale locale, CurrentUser viewer) {
        Heatmap heatmap = heatmap(scope, period, viewer);
        boolean anyBooked = heatmap.cells().stream().anyMatch(cell -> cell.bookedHours() > 0);
        if (!anyBooked) {
            return new BestTimes(scope, period, List.of(), List.of(),
                    messages.getMessage("insight.best.none", null, locale));
        }
        List<TimeSlot> crowded = BestTimesFinder.crowded(heatmap).stream().map(run -> slot(run, locale)).toList();
        List<TimeSlot> quiet = BestTimesFinder.quiet(heatmap).stream().map(run -> slot(run, locale)).toList();
        String summary = (crowded.isEmpty()
                ? messages.getMessage("insight.best.noCrowded", null, locale)
                : messages.getMessage("insight.best.crowded", new Object[] {words(crowded)}, locale))
                + " "
                + (quiet.isEmpty()
                ? messages.getMessage("insight.best.noQuiet", null, locale)
                : messages.getMessage("insight.best.quiet", new Object[] {words(quiet)}, locale));
        return new BestTimes(scope, period, crowded, quiet, summary);
    }

    @Override
    public List<ResourceUsage> usage(InsightScope scope, Period period, CurrentUser admin) {
        requireAdmin(admin);
        Resolved resolved = resolve(scope, period, admin);
        return usage(resolved, totals(resolved, period), openMillis(resolved.site(), period));
    }

    @Override
    public SiteSummary siteSummary(SiteId siteId, Period period, CurrentUser admin) {
        requireAdmin(admin);
        InsightScope scope = InsightScope.site(siteId);
        Resolved resolved = resolve(scope, period, admin);
        Map<Long, OccupancyRepository.DayTotals> totals = totals(resolved, period);
        long open = openMillis(resolved.site(), period);
        List<ResourceUsage> usage = usage(resolved, totals, open);
        List<ResourceUsage> rooms = usage.stream()
                .filter(resource -> resource.kind() == ResourceKind.ROOM && resource.active())
                .toList();
        List<ResourceUsage> emptiest = new ArrayList<>(rooms);
        emptiest.sort(Comparator.comparing(InsightService::utilisationOrZero).thenComparing(ResourceUsage::name));
        int noShowBase = usage.stream().filter(ResourceUsage::checkInUsed).mapToInt(ResourceUsage::pastConfirmed).sum();
        int noShows = usage.stream().mapToInt(ResourceUsage::noShows).sum();
        return new SiteSummary(siteId, resolved.site().name(), resolved.site().timeZone(), period,
                utilisation(scope, period, resolved, totals, open),
                usage.stream().mapToInt(resource -> resource.pending() + resource.confirmed()).sum(),
                usage.stream().mapToInt(ResourceUsage::confirmed).sum(),
                usage.stream().mapToInt(ResourceUsage::pending).sum(),
                usage.stream().mapToInt(ResourceUsage::cancelled).sum(),
                usage.stream().mapToInt(ResourceUsage::rejected).sum(),
                usage.stream().mapToInt(ResourceUsage::checkedIn).sum(),
                noShowBase, noShows, noShowBase == 0 ? null : (double) noShows / noShowBase,
                rooms.stream().limit(SiteSummary.TOP).toList(),
                emptiest.stream().limit(SiteSummary.TOP).toList(),
                usage);
    }

    // ---- figures

    private Utilisation utilisation(InsightScope scope, Period period, Resolved resolved,
            Map<Long, OccupancyRepository.DayTotals> totals, long openPerResource) {
        long booked = 0;
        long checkInBooked = 0;
        long used = 0;
        for (OccupancyRepository.DayTotals total : totals.values()) {
            booked += total.bookedMs();
            if (total.checkedIn() > 0) {
                checkInBooked += total.pastBookedMs();
                used += total.pastUsedMs();
            }
        }
        double available = openPerResource * (double) resolved.resources().size();
        return new Utilisation(scope, period, resolved.site().timeZone(), resolved.resources().size(), booked / HOUR,
                available / HOUR, available == 0 ? null : booked / available, checkInBooked / HOUR, used / HOUR,
                checkInBooked == 0 ? null : (double) used / checkInBooked);
    }

    private Heatmap heatmap(InsightScope scope, Period period, Resolved resolved) {
        var zone = resolved.site().timeZone();
        long from = period.from().atStartOfDay(zone).toInstant().toEpochMilli();
        long to = period.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long[] booked = scope.wholeSiteOrKind()
                ? repository.siteBookedByWeekdayHour(resolved.site().id().value(), scope.kind(), from, to)
                : repository.bookedByWeekdayHour(resolved.ids(), from, to);
        long[] open = OpenTime.byWeekdayHour(resolved.site().openingHours(), zone, period);
        int resources = resolved.resources().size();
        List<HeatmapCell> cells = new ArrayList<>(7 * 24);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                int index = (day.getValue() - 1) * 24 + hour;
                double available = open[index] * (double) resources;
                cells.add(new HeatmapCell(day, hour, booked[index] / HOUR, available / HOUR,
                        available == 0 ? null : booked[index] / available));
            }
        }
        return new Heatmap(scope, period, zone, resources, cells);
    }

    private List<ResourceUsage> usage(Resolved resolved, Map<Long, OccupancyRepository.DayTotals> totals,
            long openPerResource) {
        List<ResourceUsage> usage = new ArrayList<>();
        for (ResourceView resource : resolved.resources()) {
            OccupancyRepository.DayTotals total = totals.getOrDefault(resource.id().value(),
                    OccupancyRepository.DayTotals.none(resource.id().value()));
            boolean checkInUsed = total.checkedIn() > 0;
            usage.add(new ResourceUsage(resource.id(), resource.name(), resource.kind(), resource.capacity(),
                    resource.floorName(), resource.active(), total.bookedMs() / HOUR, openPerResource / HOUR,
                    openPerResource == 0 ? null : total.bookedMs() / (double) openPerResource,
                    total.pending(), total.confirmed(), total.cancelled(), total.rejected(), total.checkedIn(),
                    checkInUsed, total.pastConfirmed(),
                    checkInUsed ? total.pastConfirmed() - total.pastCheckedIn() : 0));
        }
        usage.sort(Comparator.comparing(InsightService::utilisationOrZero).reversed()
                .thenComparing(ResourceUsage::name));
        return usage;
    }

    private static double utilisationOrZero(ResourceUsage usage) {
        return usage.utilisation() == null ? 0 : usage.utilisation();
    }

    private Map<Long, OccupancyRepository.DayTotals> totals(Resolved resolved, Period period) {
        long today = LocalDate.now(clock.withZone(resolved.site().timeZone())).toEpochDay();
        return repository.dayTotals(resolved.ids(), period.from().toEpochDay(), period.to().toEpochDay(), today);
    }

    private static long openMillis(SiteView site, Period period) {
        long total = 0;
        for (long cell : OpenTime.byWeekdayHour(site.openingHours(), site.timeZone(), period)) {
            total += cell;
        }
        return total;
    }

    // ---- words

    private TimeSlot slot(BestTimesFinder.Run run, Locale locale) {
        String day = run.day().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        day = day.substring(0, 1).toUpperCase(locale) + day.substring(1);
        long percent = Math.round(run.share() * 100);
        String words = messages.getMessage("insight.best.slot",
                new Object[] {day, String.valueOf(run.fromHour()), String.valueOf(run.toHour()), String.valueOf(percent)},
                locale);
        return new TimeSlot(run.day(), run.fromHour(), run.toHour(), run.share(), words);
    }

    private static String words(List<TimeSlot> slots) {
        return String.join("; ", slots.stream().map(TimeSlot::words).toList());
    }

    // ---- scope and access

    private Resolved resolve(InsightScope scope, Period period, CurrentUser viewer) {
        if (period.to().isBefore(period.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (period.days() > Period.MAX_DAYS) {
            throw ProblemException.invalidField("to", "the period is at most " + Period.MAX_DAYS + " days");
        }
        if (scope.minCapacity() != null && scope.maxCapacity() != null && scope.maxCapacity() < scope.minCapacity()) {
            throw ProblemException.invalidField("maxCapacity", "must not be below minCapacity");
        }
        Resolved resolved;
        if (scope.resourceId() != null) {
            ResourceView resource = spaces.resource(scope.resourceId());
            if (scope.siteId() != null && !scope.siteId().equals(resource.siteId())) {
                throw ProblemException.notFound("Resource", scope.resourceId().value());
            }
            resolved = new Resolved(spaces.site(resource.siteId()), List.of(resource));
        } else {
            if (scope.siteId() == null) {
                throw ProblemException.invalidField("siteId", "a site or a resource is required");
            }
            SiteView site = spaces.site(scope.siteId());
            FloorId floor = scope.floorId();
            if (floor != null && spaces.floors(site.id()).stream().noneMatch(known -> known.id().equals(floor))) {
                throw ProblemException.notFound("Floor", floor.value());
            }
            resolved = new Resolved(site, resources(site.id(), floor, scope.kind(), scope.minCapacity(),
                    scope.maxCapacity()));
        }
        requireMayView(resolved.site(), viewer);
        return resolved;
    }

    private List<ResourceView> resources(SiteId site, @Nullable FloorId floor, @Nullable ResourceKind kind,
            @Nullable Integer minCapacity, @Nullable Integer maxCapacity) {
        return spaces.searchAll(new ResourceQuery(kind, site, floor, minCapacity, Set.of(), null, null, true)).stream()
                .filter(resource -> maxCapacity == null || resource.capacity() <= maxCapacity)
                .toList();
    }

    /** Members and viewers see their home site's charts, or every site's when they have no home site. */
    private static void requireMayView(SiteView site, CurrentUser viewer) {
        if (!viewer.isAdmin() && viewer.homeSiteId() != null && viewer.homeSiteId() != site.id().value()) {
            throw ProblemException.forbidden("Members see the occupancy of their home site only");
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw ProblemException.forbidden("Only admins see per-resource usage and site summaries");
        }
    }
}
