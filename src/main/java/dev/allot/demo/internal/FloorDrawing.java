package dev.allot.demo.internal;

import dev.allot.space.PlanMarker;
import dev.allot.space.PlanPosition;
import dev.allot.space.ResourceKind;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a demo floor's plan as SVG: meeting rooms as labelled rectangles along the top and bottom
 * walls, desks in rows of facing pairs in the open space between, and where each of them is on the
 * plan (its centre, as fractions of the plan). Only the office plan decides the drawing, so the
 * same seed draws the same floors.
 */
final class FloorDrawing {

    static final int WIDTH = 1200;
    private static final int MARGIN = 30;
    private static final int ROOM_DEPTH = 170;
    private static final int CORRIDOR = 60;
    private static final int DESK_WIDTH = 70;
    private static final int DESK_DEPTH = 46;
    private static final int DESK_PITCH = 90;
    private static final int AISLE = 70;
    private static final int MAX_COLUMNS = 12;

    /** The SVG and the position of each resource drawn, by its index in the office plan. */
    record Drawn(byte[] svg, Map<Integer, PlanPosition> positions) {}

    private FloorDrawing() {}

    static Drawn draw(OfficePlan office, OfficePlan.Floor floor) {
        List<OfficePlan.Resource> rooms = office.resources().stream()
                .filter(r -> r.floor() == floor.index() && r.kind() == ResourceKind.ROOM).toList();
        List<OfficePlan.Resource> desks = office.resources().stream()
                .filter(r -> r.floor() == floor.index() && r.kind() == ResourceKind.DESK).toList();
        List<OfficePlan.Resource> top = rooms.subList(0, (rooms.size() + 1) / 2);
        List<OfficePlan.Resource> bottom = rooms.subList(top.size(), rooms.size());

        int columns = desks.isEmpty() ? 0 : Math.min(desks.size(), Math.min(MAX_COLUMNS,
                Math.max(4, (desks.size() + 3) / 4)));
        int rows = columns == 0 ? 0 : (desks.size() + columns - 1) / columns;
        int pairs = (rows + 1) / 2;
        int deskArea = Math.max(DESK_DEPTH * 2, pairs * (2 * DESK_DEPTH) + Math.max(0, pairs - 1) * AISLE);
        int topBand = top.isEmpty() ? 0 : ROOM_DEPTH;
        int bottomBand = bottom.isEmpty() ? 0 : ROOM_DEPTH;
        int height = MARGIN + topBand + CORRIDOR + deskArea + CORRIDOR + bottomBand + MARGIN;

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#f4f1ea\"/>\n");
        svg.append("<rect x=\"").append(MARGIN / 2).append("\" y=\"").append(MARGIN / 2).append("\" width=\"")
                .append(WIDTH - MARGIN).append("\" height=\"").append(height - MARGIN)
                .append("\" fill=\"#fbfaf7\" stroke=\"#3b4252\" stroke-width=\"6\"/>\n");
        // The floor's name in the corridor below the top rooms, at the left.
        svg.append("<text x=\"").append(MARGIN + 10).append("\" y=\"").append(MARGIN + topBand + CORRIDOR / 2 + 5)
                .append("\" font-size=\"14\" fill=\"#7a7f88\">").append(escape(floor.name())).append("</text>\n");

        Map<Integer, PlanPosition> positions = new LinkedHashMap<>();
        rooms(svg, top, MARGIN, false, height, positions);
        rooms(svg, bottom, height - MARGIN - ROOM_DEPTH, true, height, positions);

        int areaTop = MARGIN + topBand + CORRIDOR;
        int rowWidth = columns * DESK_PITCH;
        int left = (WIDTH - rowWidth) / 2 + (DESK_PITCH - DESK_WIDTH) / 2;
        for (int i = 0; i < desks.size(); i++) {
            int row = i / columns;
            int column = i % columns;
            int x = left + column * DESK_PITCH;
            int y = areaTop + (row / 2) * (2 * DESK_DEPTH + AISLE) + (row % 2) * DESK_DEPTH;
            OfficePlan.Resource desk = desks.get(i);
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(DESK_WIDTH)
                    .append("\" height=\"").append(DESK_DEPTH)
                    .append("\" fill=\"#e9dcc6\" stroke=\"#8b5e3c\" stroke-width=\"2\" rx=\"3\"/>\n");
            int chairY = row % 2 == 0 ? y - 10 : y + DESK_DEPTH + 10;
            svg.append("<circle cx=\"").append(x + DESK_WIDTH / 2).append("\" cy=\"").append(chairY)
                    .append("\" r=\"9\" fill=\"#9aa5b8\"/>\n");
            svg.append("<text x=\"").append(x + DESK_WIDTH / 2).append("\" y=\"").append(y + DESK_DEPTH / 2 + 5)
                    .append("\" font-size=\"14\" text-anchor=\"middle\" fill=\"#4a4e57\">")
                    .append(escape(PlanMarker.caption(desk.name()))).append("</text>\n");
            positions.put(desk.index(), position(x + DESK_WIDTH / 2.0, y + DESK_DEPTH / 2.0, height));
        }
        svg.append("</svg>\n");
        return new Drawn(svg.toString().getBytes(StandardCharsets.UTF_8), positions);
    }

    private static void rooms(StringBuilder svg, List<OfficePlan.Resource> rooms, int y, boolean doorOnTop,
            int height, Map<Integer, PlanPosition> positions) {
        if (rooms.isEmpty()) {
            return;
        }
        double width = (WIDTH - 2.0 * MARGIN) / rooms.size();
        for (int i = 0; i < rooms.size(); i++) {
            OfficePlan.Resource room = rooms.get(i);
            double x = MARGIN + i * width;
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(y).append("\" width=\"")
                    .append(number(width)).append("\" height=\"").append(ROOM_DEPTH)
                    .append("\" fill=\"#dfe7ef\" stroke=\"#3b4252\" stroke-width=\"3\"/>\n");
            double doorY = doorOnTop ? y : y + ROOM_DEPTH;
            svg.append("<line x1=\"").append(number(x + width / 2 - 18)).append("\" y1=\"").append(number(doorY))
                    .append("\" x2=\"").append(number(x + width / 2 + 18)).append("\" y2=\"").append(number(doorY))
                    .append("\" stroke=\"#fbfaf7\" stroke-width=\"5\"/>\n");
            double fontSize = Math.max(9, Math.min(18, width / Math.max(6, room.name().length()) * 1.6));
            double labelY = doorOnTop ? y + ROOM_DEPTH - 18 : y + 28;
            svg.append("<text x=\"").append(number(x + width / 2)).append("\" y=\"").append(number(labelY))
                    .append("\" font-size=\"").append(number(fontSize))
                    .append("\" text-anchor=\"middle\" fill=\"#2e3440\">").append(escape(room.name()))
                    .append("</text>\n");
            positions.put(room.index(), position(x + width / 2, y + ROOM_DEPTH / 2.0, height));
        }
    }

    private static PlanPosition position(double x, double y, int height) {
        return new PlanPosition(Math.round(x / WIDTH * 10_000) / 10_000.0, Math.round(y / height * 10_000) / 10_000.0);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
