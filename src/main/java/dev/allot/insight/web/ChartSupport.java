package dev.allot.insight.web;

import dev.allot.insight.Heatmap;
import dev.allot.insight.InsightScope;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Names what a chart is about and turns charts into SVG and PNG responses. */
@Component
class ChartSupport {

    static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final Charts charts;
    private final Spaces spaces;
    private final MessageSource messages;

    ChartSupport(Charts charts, Spaces spaces, MessageSource messages) {
        this.charts = charts;
        this.spaces = spaces;
        this.messages = messages;
    }

    Chart heatmapChart(Heatmap heatmap, Locale locale) {
        return charts.heatmap(heatmap, subject(heatmap.scope(), locale), locale);
    }

    /** "Site A", "Site A · Floor 2 · rooms", or "Room 1 (Site A)". */
    String subject(InsightScope scope, Locale locale) {
        if (scope.resourceId() != null) {
            ResourceView resource = spaces.resource(scope.resourceId());
            return resource.name() + " (" + resource.siteName() + ")";
        }
        StringBuilder subject = new StringBuilder(spaces.site(scope.siteId()).name());
        if (scope.floorId() != null) {
            spaces.floors(scope.siteId()).stream().filter(floor -> floor.id().equals(scope.floorId())).findFirst()
                    .ifPresent(floor -> subject.append(" · ").append(floor.name()));
        }
        if (scope.kind() != null) {
            subject.append(" · ").append(messages.getMessage("insight.kind." + scope.kind().name(), null, locale));
        }
        if (scope.minCapacity() != null || scope.maxCapacity() != null) {
            subject.append(" · ").append(scope.minCapacity() == null ? "1" : scope.minCapacity()).append('–')
                    .append(scope.maxCapacity() == null ? "" : scope.maxCapacity());
        }
        return subject.toString();
    }

    static ResponseEntity<String> svg(Chart chart, String name) {
        return ResponseEntity.ok()
                .contentType(SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, inline(name + ".svg"))
                .body(SvgChart.write(chart));
    }

    static ResponseEntity<byte[]> png(Chart chart, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CONTENT_DISPOSITION, inline(name + ".png"))
                .body(PngChart.write(chart));
    }

    private static String inline(String filename) {
        return ContentDisposition.inline().filename(filename).build().toString();
    }
}
