package dev.allot.report;

import dev.allot.identity.CurrentUser;
import dev.allot.insight.Insights;
import dev.allot.insight.Period;
import dev.allot.insight.ResourceUsage;
import dev.allot.insight.SiteSummary;
import dev.allot.space.SiteId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The site report as a table: one row per resource with its figures from the occupancy read model
 * (never from raw bookings), the site's totals, busiest and emptiest rooms and no-show rate in the
 * lines about it. Admins only, like the site summary it is made from.
 */
@Service
public class SiteReports {

    private final Insights insights;
    private final MessageSource messages;
    private final Clock clock;

    SiteReports(Insights insights, MessageSource messages, Clock clock) {
        this.insights = insights;
        this.messages = messages;
        this.clock = clock;
    }

    public Report summary(SiteId siteId, Period period, CurrentUser admin, Locale locale) {
        SiteSummary summary = insights.siteSummary(siteId, period, admin);
        List<String> columns = List.of(m("report.column.resource", locale), m("report.site.kind", locale),
                m("report.site.floor", locale), m("report.site.capacity", locale), m("report.site.active", locale),
                m("report.site.bookedHours", locale), m("report.site.openHours", locale),
                m("report.site.utilisation", locale), m("report.site.confirmed", locale),
                m("report.site.pending", locale), m("report.site.cancelled", locale), m("report.site.rejected", locale),
                m("report.site.checkedIn", locale), m("report.site.noShows", locale));
        List<String> about = new ArrayList<>();
        about.add(m("report.about.site", locale, summary.siteName()));
        about.add(m("report.about.zone", locale, summary.timeZone().getId()));
        about.add(m("report.about.period", locale, period.from().toString(), period.to().toString()));
        about.add(m("report.site.about.utilisation", locale, percent(summary.utilisation().utilisation()),
                hours(summary.utilisation().bookedHours()), hours(summary.utilisation().availableHours())));
        about.add(m("report.site.about.used", locale, percent(summary.utilisation().usedShare())));
        about.add(m("report.site.about.bookings", locale, summary.confirmed(), summary.pending(), summary.cancelled(),
                summary.rejected()));
        about.add(m("report.site.about.noShows", locale, percent(summary.noShowRate()), summary.noShows(),
                summary.noShowBase()));
        about.add(m("report.site.about.busiest", locale, names(summary.busiestRooms())));
        about.add(m("report.site.about.emptiest", locale, names(summary.emptiestRooms())));
        about.add(m("report.about.made", locale, LocalDateTime.now(clock.withZone(summary.timeZone()))
                .withSecond(0).withNano(0).toString().replace('T', ' '), admin.displayName()));
        String file = "site-" + siteId.value() + "-" + period.from() + "-" + period.to();
        ReportHeader header = new ReportHeader(m("report.site.title", locale, summary.siteName()), file, about, columns);
        return new Report(header, row -> summary.resources().forEach(usage -> row.accept(cells(usage))));
    }

    private static List<Cell> cells(ResourceUsage u) {
        return List.of(Cell.text(u.name()), Cell.text(u.kind().name()), Cell.text(u.floorName()),
                Cell.whole(u.capacity()), Cell.text(u.active() ? "yes" : "no"), decimal(u.bookedHours()),
                decimal(u.availableHours()), u.utilisation() == null ? Cell.EMPTY : decimal(100 * u.utilisation()),
                Cell.whole(u.confirmed()), Cell.whole(u.pending()), Cell.whole(u.cancelled()), Cell.whole(u.rejected()),
                Cell.whole(u.checkedIn()), u.checkInUsed() ? Cell.whole(u.noShows()) : Cell.EMPTY);
    }

    private static Cell decimal(double value) {
        return new Cell.Decimal(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
    }

    private static String percent(@Nullable Double share) {
        return share == null ? "–" : BigDecimal.valueOf(100 * share).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    private static String hours(double hours) {
        return BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String names(List<ResourceUsage> rooms) {
        return rooms.isEmpty() ? "–" : rooms.stream()
                .map(r -> r.name() + " (" + percent(r.utilisation()) + ")")
                .collect(Collectors.joining(", "));
    }

    private String m(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
