package dev.allot.insight.web;

import dev.allot.insight.BestTimes;
import dev.allot.insight.DayUsage;
import dev.allot.insight.Heatmap;
import dev.allot.insight.HeatmapCell;
import dev.allot.insight.InsightScope;
import dev.allot.insight.ResourceUsage;
import dev.allot.insight.SiteSummary;
import dev.allot.insight.TimeSlot;
import dev.allot.insight.Utilisation;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The insight figures as the API shows them: plain numbers and ids, dates local to the site. */
final class InsightJson {

    private InsightJson() {}

    record Scope(@Nullable Long siteId, @Nullable Long floorId, @Nullable Long resourceId, @Nullable String kind,
            @Nullable Integer minCapacity, @Nullable Integer maxCapacity) {

        static Scope of(InsightScope scope) {
            return new Scope(scope.siteId() == null ? null : scope.siteId().value(),
                    scope.floorId() == null ? null : scope.floorId().value(),
                    scope.resourceId() == null ? null : scope.resourceId().value(),
                    scope.kind() == null ? null : scope.kind().name(), scope.minCapacity(), scope.maxCapacity());
        }
    }

    record UtilisationJson(Scope scope, LocalDate from, LocalDate to, String timeZone, int resources,
            double bookedHours, double availableHours, @Nullable Double utilisation, double checkInBookedHours,
            double usedHours, @Nullable Double usedShare) {

        static UtilisationJson of(Utilisation u) {
            return new UtilisationJson(Scope.of(u.scope()), u.period().from(), u.period().to(), u.timeZone().getId(),
                    u.resources(), u.bookedHours(), u.availableHours(), u.utilisation(), u.checkInBookedHours(),
                    u.usedHours(), u.usedShare());
        }
    }

    record Cell(String day, int hour, double bookedHours, double availableHours, @Nullable Double share) {}

    record HeatmapJson(Scope scope, LocalDate from, LocalDate to, String timeZone, int resources, List<Cell> cells) {

        static HeatmapJson of(Heatmap h) {
            return new HeatmapJson(Scope.of(h.scope()), h.period().from(), h.period().to(), h.timeZone().getId(),
                    h.resources(), h.cells().stream().map(InsightJson::cell).toList());
        }
    }

    record Day(LocalDate day, double bookedHours, double availableHours, @Nullable Double utilisation,
            double usedHours, int pending, int confirmed, int cancelled, int rejected, int checkedIn) {

        static Day of(DayUsage d) {
            return new Day(d.day(), d.bookedHours(), d.availableHours(), d.utilisation(), d.usedHours(), d.pending(),
                    d.confirmed(), d.cancelled(), d.rejected(), d.checkedIn());
        }
    }

    record Slot(String day, int fromHour, int toHour, double share, String words) {}

    record BestTimesJson(Scope scope, LocalDate from, LocalDate to, List<Slot> crowded, List<Slot> quiet,
            String summary) {

        static BestTimesJson of(BestTimes b) {
            return new BestTimesJson(Scope.of(b.scope()), b.period().from(), b.period().to(),
                    b.crowded().stream().map(InsightJson::slot).toList(), b.quiet().stream().map(InsightJson::slot).toList(),
                    b.summary());
        }
    }

    record Usage(long resourceId, String name, String kind, int capacity, @Nullable String floorName,
            boolean active, double bookedHours, double availableHours, @Nullable Double utilisation, int pending, int confirmed,
            int cancelled, int rejected, int checkedIn, boolean checkInUsed, int pastConfirmed, int noShows) {

        static Usage of(ResourceUsage u) {
            return new Usage(u.resourceId().value(), u.name(), u.kind().name(), u.capacity(), u.floorName(),
                    u.active(), u.bookedHours(), u.availableHours(), u.utilisation(), u.pending(), u.confirmed(), u.cancelled(),
                    u.rejected(), u.checkedIn(), u.checkInUsed(), u.pastConfirmed(), u.noShows());
        }
    }

    record SummaryJson(long siteId, String siteName, String timeZone, LocalDate from, LocalDate to,
            UtilisationJson utilisation, int active, int confirmed, int pending, int cancelled, int rejected,
            int checkedIn, int noShowBase, int noShows, @Nullable Double noShowRate, List<Usage> busiestRooms,
            List<Usage> emptiestRooms, List<Usage> resources) {

        static SummaryJson of(SiteSummary s) {
            return new SummaryJson(s.siteId().value(), s.siteName(), s.timeZone().getId(), s.period().from(),
                    s.period().to(), UtilisationJson.of(s.utilisation()), s.active(), s.confirmed(), s.pending(),
                    s.cancelled(), s.rejected(), s.checkedIn(), s.noShowBase(), s.noShows(), s.noShowRate(),
                    s.busiestRooms().stream().map(Usage::of).toList(), s.emptiestRooms().stream().map(Usage::of).toList(),
                    s.resources().stream().map(Usage::of).toList());
        }
    }

    private static Cell cell(HeatmapCell c) {
        return new Cell(c.day().name(), c.hour(), c.bookedHours(), c.availableHours(), c.share());
    }

    private static Slot slot(TimeSlot s) {
        return new Slot(s.day().name(), s.fromHour(), s.toHour(), s.share(), s.words());
    }
}
