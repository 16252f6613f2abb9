package dev.allot.insight.web;

import dev.allot.identity.CurrentUser;
import dev.allot.insight.Heatmap;
import dev.allot.insight.Insights;
import dev.allot.space.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Occupancy figures as JSON, and the heatmap as SVG or PNG. Every endpoint takes a scope (siteId,
 * optionally floorId, kind, minCapacity, maxCapacity; or resourceId) and a period of local days
 * (from, to, both included; default: four weeks back and four ahead). Members see their home site.
 */
@RestController
@Tag(name = "Insights")
class InsightController {

    private final Insights insights;
    private final ChartSupport charts;
    private final Clock clock;

    InsightController(Insights insights, ChartSupport charts, Clock clock) {
        this.insights = insights;
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping("/api/v1/insights/utilisation")
    @Operation(summary = "Booked hours over opening hours, and the share of booked time used (check-ins)")
    InsightJson.UtilisationJson utilisation(@ParameterObject @ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me) {
        return InsightJson.UtilisationJson.of(insights.utilisation(params.scope(), params.period(clock), me));
    }

    @GetMapping("/api/v1/insights/heatmap")
    @Operation(summary = "Weekday x hour booked shares in the site's zone (168 cells, Monday 0:00 first)")
    InsightJson.HeatmapJson heatmap(@ParameterObject @ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me) {
        return InsightJson.HeatmapJson.of(insights.heatmap(params.scope(), params.period(clock), me));
    }

    @GetMapping("/api/v1/insights/daily")
    @Operation(summary = "Every local day of the period: booked, open and used hours, bookings by status")
    List<InsightJson.Day> daily(@ParameterObject @ModelAttribute InsightParams params,
            @AuthenticationPrincipal CurrentUser me) {
        return insights.daily(params.scope(), params.period(clock), me).stream().map(InsightJson.Day::of).toList();
    }

    @GetMapping("/api/v1/insights/heatmap.svg")
    @Operation(summary = "The heatmap as an SVG image")
    ResponseEntity<String> heatmapSvg(@ParameterObject @ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me,
            Locale locale) {
        return ChartSupport.svg(charts.heatmapChart(figures(params, me), locale), "heatmap");
    }

    @GetMapping("/api/v1/insights/heatmap.png")
    @Operation(summary = "The heatmap as a PNG image")
    ResponseEntity<byte[]> heatmapPng(@ParameterObject @ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me,
            Locale locale) {
        return ChartSupport.png(charts.heatmapChart(figures(params, me), locale), "heatmap");
    }

    @GetMapping("/api/v1/insights/best-times")
    @Operation(summary = "Usually crowded and usually free weekday/hour runs, in words (Accept-Language: en, ru)")
    InsightJson.BestTimesJson bestTimes(@ParameterObject @ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me,
            Locale locale) {
        return InsightJson.BestTimesJson.of(insights.bestTimes(params.scope(), params.period(clock), locale, me));
    }

    @GetMapping("/api/v1/insights/usage")
    @Operation(summary = "Each resource in the scope with its utilisation and bookings by status, busiest first (admins)")
    List<InsightJson.Usage> usage(@ParameterObject @ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me) {
        return insights.usage(params.scope(), params.period(clock), me).stream().map(InsightJson.Usage::of).toList();
    }

    @GetMapping("/api/v1/insights/sites/{siteId}/summary")
    @Operation(summary = "A site's totals, busiest and emptiest rooms and no-show rate (admins)")
    InsightJson.SummaryJson summary(@PathVariable long siteId, @ParameterObject @ModelAttribute InsightParams params,
            @AuthenticationPrincipal CurrentUser me) {
        return InsightJson.SummaryJson.of(insights.siteSummary(new SiteId(siteId), params.period(clock), me));
    }

    private Heatmap figures(InsightParams params, CurrentUser me) {
        return insights.heatmap(params.scope(), params.period(clock), me);
    }
}
