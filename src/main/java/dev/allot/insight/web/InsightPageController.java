package dev.allot.insight.web;

import dev.allot.identity.CurrentUser;
import dev.allot.insight.Heatmap;
import dev.allot.insight.Insights;
import dev.allot.insight.Period;
import dev.allot.insight.SiteSummary;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The occupancy pages: everyone signed in sees a site's heatmap, utilisation and best times (their
 * home site, or any when they have none); admins also see the site summary. Each chart downloads as
 * SVG, PNG and the JSON behind it, for the browser's session (the API wants a bearer token).
 */
@Controller
class InsightPageController {

    private final Insights insights;
    private final Spaces spaces;
    private final Charts charts;
    private final ChartSupport support;
    private final MessageSource messages;
    private final Clock clock;

    InsightPageController(Insights insights, Spaces spaces, Charts charts, ChartSupport support,
            MessageSource messages, Clock clock) {
        this.insights = insights;
        this.spaces = spaces;
        this.charts = charts;
        this.support = support;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/insights")
    String occupancy(@ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me, Model model,
            Locale locale) {
        List<SiteView> sites = visibleSites(me);
        model.addAttribute("sites", sites);
        model.addAttribute("kinds", ResourceKind.values());
        if (sites.isEmpty()) {
            return "insight/occupancy";
        }
        InsightParams chosen = params.siteId() != null || params.resourceId() != null ? params
                : params.withSite(defaultSite(sites, me));
        Period period = chosen.period(clock);
        model.addAttribute("params", chosen);
        model.addAttribute("period", period);
        if (chosen.siteId() != null) {
            SiteId site = new SiteId(chosen.siteId());
            model.addAttribute("floors", spaces.floors(site));
            model.addAttribute("resources", spaces.search(new ResourceQuery(null, site, null, null, Set.of(), null,
                    null, false), new PageRequest(0, PageRequest.MAX_SIZE)).items());
        }
        try {
            model.addAttribute("subject", support.subject(chosen.scope(), locale));
            model.addAttribute("utilisation", insights.utilisation(chosen.scope(), period, me));
            model.addAttribute("bestTimes", insights.bestTimes(chosen.scope(), period, locale, me));
            model.addAttribute("query", query(chosen, period));
        } catch (ProblemException problem) {
            if (problem.status() != HttpStatus.BAD_REQUEST) {
                throw problem;
            }
            model.addAttribute("error", messages.getMessage("insight.page.invalid", null, locale) + " " + problem.getMessage());
        }
        return "insight/occupancy";
    }

    @GetMapping("/insights/heatmap.svg")
    ResponseEntity<String> heatmapSvg(@ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me,
            Locale locale) {
        return ChartSupport.svg(support.heatmapChart(heatmap(params, me), locale), "heatmap");
    }

    @GetMapping("/insights/heatmap.png")
    ResponseEntity<byte[]> heatmapPng(@ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me,
            Locale locale) {
        return ChartSupport.png(support.heatmapChart(heatmap(params, me), locale), "heatmap");
    }

    /** JSON whatever the browser's Accept header says: a download link is a navigation that asks for HTML. */
    @GetMapping("/insights/heatmap.json")
    ResponseEntity<InsightJson.HeatmapJson> heatmapJson(@ModelAttribute InsightParams params,
            @AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(InsightJson.HeatmapJson.of(heatmap(params, me)));
    }

    @GetMapping("/admin/insights")
    String summary(@ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me, Model model,
            Locale locale) {
        List<SiteView> sites = spaces.sites();
        model.addAttribute("sites", sites);
        if (sites.isEmpty()) {
            return "insight/summary";
        }
        InsightParams chosen = params.siteId() != null ? params : params.withSite(defaultSite(sites, me));
        Period period = chosen.period(clock);
        model.addAttribute("params", chosen);
        model.addAttribute("period", period);
        try {
            model.addAttribute("summary", insights.siteSummary(new SiteId(chosen.siteId()), period, me));
            model.addAttribute("query", query(chosen, period));
        } catch (ProblemException problem) {
            if (problem.status() != HttpStatus.BAD_REQUEST) {
                throw problem;
            }
            model.addAttribute("error", messages.getMessage("insight.page.invalid", null, locale) + " " + problem.getMessage());
        }
        return "insight/summary";
    }

    @GetMapping("/admin/insights/usage.svg")
    ResponseEntity<String> usageSvg(@ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me,
            Locale locale) {
        return ChartSupport.svg(usageChart(params, me, locale), "usage");
    }

    @GetMapping("/admin/insights/usage.png")
    ResponseEntity<byte[]> usagePng(@ModelAttribute InsightParams params, @AuthenticationPrincipal CurrentUser me,
            Locale locale) {
        return ChartSupport.png(usageChart(params, me, locale), "usage");
    }

    @GetMapping("/admin/insights/summary.json")
    ResponseEntity<InsightJson.SummaryJson> summaryJson(@ModelAttribute InsightParams params,
            @AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(InsightJson.SummaryJson.of(summary(params, me)));
    }

    private SiteSummary summary(InsightParams params, CurrentUser me) {
        if (params.siteId() == null) {
            throw ProblemException.invalidField("siteId", "is required");
        }
        return insights.siteSummary(new SiteId(params.siteId()), params.period(clock), me);
    }

    private Chart usageChart(InsightParams params, CurrentUser me, Locale locale) {
        SiteSummary summary = summary(params, me);
        String period = messages.getMessage("insight.chart.period", new Object[] {summary.period().from(),
                summary.period().to(), summary.timeZone().getId()}, locale);
        return charts.usage(summary.resources(), summary.siteName(), period, locale);
    }

    private Heatmap heatmap(InsightParams params, CurrentUser me) {
        return insights.heatmap(params.scope(), params.period(clock), me);
    }

    private List<SiteView> visibleSites(CurrentUser me) {
        List<SiteView> sites = spaces.sites();
        if (me.isAdmin() || me.homeSiteId() == null) {
            return sites;
        }
        return sites.stream().filter(site -> site.id().value() == me.homeSiteId()).toList();
    }

    private static @Nullable Long defaultSite(List<SiteView> sites, CurrentUser me) {
        Long home = me.homeSiteId();
        if (home != null && sites.stream().anyMatch(site -> site.id().value() == home)) {
            return home;
        }
        return sites.getFirst().id().value();
    }

    /** The chosen scope and period as a query string, for the chart and download links. */
    private static String query(InsightParams params, Period period) {
        return UriComponentsBuilder.fromPath("")
                .queryParamIfPresent("siteId", Optional.ofNullable(params.siteId()))
                .queryParamIfPresent("floorId", Optional.ofNullable(params.floorId()))
                .queryParamIfPresent("resourceId", Optional.ofNullable(params.resourceId()))
                .queryParamIfPresent("kind", Optional.ofNullable(params.kind()))
                .queryParamIfPresent("minCapacity", Optional.ofNullable(params.minCapacity()))
                .queryParamIfPresent("maxCapacity", Optional.ofNullable(params.maxCapacity()))
                .queryParam("from", period.from())
                .queryParam("to", period.to())
                .encode()
                .toUriString();
    }
}
