package dev.allot.insight.web;

import java.awt.Color;
import java.util.Locale;

/** Writes a {@link Chart} as a standalone SVG document. */
final class SvgChart {

    private SvgChart() {}

    static String write(Chart chart) {
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(chart.width())
                .append("\" height=\"").append(chart.height()).append("\" viewBox=\"0 0 ").append(chart.width())
                .append(' ').append(chart.height()).append("\" role=\"img\" font-family=\"DejaVu Sans, sans-serif\">\n")
                .append("<title>").append(escape(chart.title())).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Chart.Shape shape : chart.shapes()) {
            switch (shape) {
                case Chart.Box box -> {
                    svg.append("<rect x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y()))
                            .append("\" width=\"").append(number(box.width())).append("\" height=\"")
                            .append(number(box.height())).append("\" fill=\"").append(hex(box.fill())).append('"');
                    if (box.tooltip() != null) {
                        svg.append("><title>").append(escape(box.tooltip())).append("</title></rect>\n");
                    } else {
                        svg.append("/>\n");
                    }
                }
                case Chart.Label label -> svg.append("<text x=\"").append(number(label.x())).append("\" y=\"")
                        .append(number(label.y())).append("\" font-size=\"").append(label.size())
                        .append("\" text-anchor=\"").append(switch (label.anchor()) {
                            case START -> "start";
                            case MIDDLE -> "middle";
                            case END -> "end";
                        }).append("\" fill=\"").append(hex(label.color())).append('"')
                        .append(label.bold() ? " font-weight=\"bold\"" : "").append('>')
                        .append(escape(label.text())).append("</text>\n");
                case Chart.Rule rule -> svg.append("<line x1=\"").append(number(rule.x1())).append("\" y1=\"")
                        .append(number(rule.y1())).append("\" x2=\"").append(number(rule.x2())).append("\" y2=\"")
                        .append(number(rule.y2())).append("\" stroke=\"").append(hex(rule.color())).append("\"/>\n");
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
