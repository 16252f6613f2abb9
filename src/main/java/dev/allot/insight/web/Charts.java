package dev.allot.insight.web;

import dev.allot.insight.Heatmap;
import dev.allot.insight.HeatmapCell;
import dev.allot.insight.ResourceUsage;
import java.awt.Color;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Lays out the insight charts as {@link Chart} models, with texts in the reader's language. */
@Component
class Charts {

    /** The usage chart shows at most this many resources, busiest first. */
    static final int MAX_BARS = 30;

    private static final Color LOW = new Color(0xee, 0xf5, 0xfb);
    private static final Color HIGH = new Color(0x08, 0x30, 0x6b);
    private static final Color CLOSED = new Color(0xe4, 0xe4, 0xe4);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color BAR = new Color(0x21, 0x71, 0xb5);

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    Chart heatmap(Heatmap heatmap, String subject, Locale locale) {
        int left = 120;
        int top = 70;
        int cellWidth = 30;
        int cellHeight = 28;
        int width = left + 24 * cellWidth + 20;
        int height = top + 7 * cellHeight + 70;
        String title = messages.getMessage("insight.chart.heatmap.title", new Object[] {subject}, locale);
        List<Chart.Shape> shapes = new ArrayList<>();
        shapes.add(new Chart.Label(10, 24, title, 16, Chart.Anchor.START, INK, true));
        shapes.add(new Chart.Label(10, 44, messages.getMessage("insight.chart.period", new Object[] {
                heatmap.period().from(), heatmap.period().to(), heatmap.timeZone().getId()}, locale),
                12, Chart.Anchor.START, MUTED, false));
        for (int hour = 0; hour < 24; hour++) {
            shapes.add(new Chart.Label(left + hour * cellWidth + cellWidth / 2.0, top - 8, String.valueOf(hour), 11,
                    Chart.Anchor.MIDDLE, MUTED, false));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            double y = top + (day.getValue() - 1) * cellHeight;
            shapes.add(new Chart.Label(left - 8, y + cellHeight / 2.0 + 4, dayName(day, TextStyle.SHORT_STANDALONE, locale),
                    12, Chart.Anchor.END, INK, false));
            for (int hour = 0; hour < 24; hour++) {
                HeatmapCell cell = heatmap.cell(day, hour);
                double x = left + hour * cellWidth;
                Double share = cell.share();
                String tip = dayName(day, TextStyle.FULL_STANDALONE, locale) + " " + hour + ":00–" + (hour + 1) + ":00: "
                        + (share == null ? messages.getMessage("insight.chart.closed", null, locale) : percent(share));
                shapes.add(new Chart.Box(x + 1, y + 1, cellWidth - 2, cellHeight - 2,
                        share == null ? CLOSED : shade(share), tip));
                if (share != null) {
                    shapes.add(new Chart.Label(x + cellWidth / 2.0, y + cellHeight / 2.0 + 4,
                            String.valueOf(Math.round(share * 100)), 10, Chart.Anchor.MIDDLE,
                            share > 0.5 ? Color.WHITE : INK, false));
                }
            }
        }
        double legendY = top + 7 * cellHeight + 24;
        shapes.add(new Chart.Label(left - 8, legendY + 14, messages.getMessage("insight.chart.legend", null, locale),
                11, Chart.Anchor.END, MUTED, false));
        for (int step = 0; step <= 10; step++) {
            double x = left + step * 36;
            shapes.add(new Chart.Box(x, legendY, 34, 18, shade(step / 10.0), null));
            shapes.add(new Chart.Label(x + 17, legendY + 32, step * 10 + "%", 10, Chart.Anchor.MIDDLE, MUTED, false));
        }
        double closedX = left + 11 * 36 + 20;
        shapes.add(new Chart.Box(closedX, legendY, 34, 18, CLOSED, null));
        shapes.add(new Chart.Label(closedX + 40, legendY + 14, messages.getMessage("insight.chart.closed", null, locale),
                11, Chart.Anchor.START, MUTED, false));
        return new Chart(width, height, title, shapes);
    }

    Chart usage(List<ResourceUsage> usage, String subject, String period, Locale locale) {
        List<ResourceUsage> bars = usage.stream().limit(MAX_BARS).toList();
        int left = 230;
        int top = 64;
        int barArea = 460;
        int row = 24;
        int width = left + barArea + 80;
        int height = top + Math.max(1, bars.size()) * row + 30;
        String title = messages.getMessage("insight.chart.usage.title", new Object[] {subject}, locale);
        List<Chart.Shape> shapes = new ArrayList<>();
        shapes.add(new Chart.Label(10, 24, title, 16, Chart.Anchor.START, INK, true));
        shapes.add(new Chart.Label(10, 44, period, 12, Chart.Anchor.START, MUTED, false));
        for (int tick = 0; tick <= 4; tick++) {
            double x = left + barArea * tick / 4.0;
            shapes.add(new Chart.Rule(x, top - 4, x, top + bars.size() * row, new Color(0xdd, 0xdd, 0xdd)));
            shapes.add(new Chart.Label(x, top - 8, tick * 25 + "%", 10, Chart.Anchor.MIDDLE, MUTED, false));
        }
        for (int i = 0; i < bars.size(); i++) {
            ResourceUsage resource = bars.get(i);
            double y = top + i * row;
            double share = resource.utilisation() == null ? 0 : resource.utilisation();
            shapes.add(new Chart.Label(left - 8, y + row / 2.0 + 4, shorten(resource.name(), 30), 12, Chart.Anchor.END,
                    INK, false));
            shapes.add(new Chart.Box(left, y + 4, Math.max(1, barArea * Math.min(share, 1)), row - 8, BAR,
                    resource.name() + ": " + percent(share)));
            shapes.add(new Chart.Label(left + barArea * Math.min(share, 1) + 6, y + row / 2.0 + 4, percent(share), 11,
                    Chart.Anchor.START, INK, false));
        }
        if (bars.isEmpty()) {
            shapes.add(new Chart.Label(left, top + 16, messages.getMessage("insight.chart.empty", null, locale), 12,
                    Chart.Anchor.START, MUTED, false));
        }
        return new Chart(width, height, title, shapes);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String dayName(DayOfWeek day, TextStyle style, Locale locale) {
        String name = day.getDisplayName(style, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static Color shade(double share) {
        double t = Math.max(0, Math.min(1, share));
        return new Color(mix(LOW.getRed(), HIGH.getRed(), t), mix(LOW.getGreen(), HIGH.getGreen(), t),
                mix(LOW.getBlue(), HIGH.getBlue(), t));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
