package dev.allot.insight.web;

import dev.allot.insight.InsightScope;
import dev.allot.insight.Period;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters every insight endpoint and page takes. Without dates, the period is the four
 * weeks before today and the four weeks from today (so past use and planned bookings both show).
 */
record InsightParams(
        @Nullable Long siteId,
        @Nullable Long floorId,
        @Nullable Long resourceId,
        @Nullable ResourceKind kind,
        @Nullable Integer minCapacity,
        @Nullable Integer maxCapacity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

    static final int DEFAULT_DAYS_BACK = 28;
    static final int DEFAULT_DAYS_AHEAD = 27;

    InsightScope scope() {
        return new InsightScope(siteId == null ? null : new SiteId(siteId), floorId == null ? null : new FloorId(floorId),
                resourceId == null ? null : new ResourceId(resourceId), kind, minCapacity, maxCapacity);
    }

    Period period(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : to != null ? to.minusDays(DEFAULT_DAYS_BACK + DEFAULT_DAYS_AHEAD)
                : today.minusDays(DEFAULT_DAYS_BACK);
        LocalDate end = to != null ? to : from != null ? from.plusDays(DEFAULT_DAYS_BACK + DEFAULT_DAYS_AHEAD)
                : today.plusDays(DEFAULT_DAYS_AHEAD);
        return new Period(start, end);
    }

    InsightParams withSite(@Nullable Long site) {
        return new InsightParams(site, floorId, resourceId, kind, minCapacity, maxCapacity, from, to);
    }
}
