package dev.allot.insight.web;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a {@link Chart} with Java 2D (headless) and encodes it as PNG. */
final class PngChart {

    private PngChart() {}

    static byte[] write(Chart chart) {
        BufferedImage image = new BufferedImage(chart.width(), chart.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, chart.width(), chart.height());
            for (Chart.Shape shape : chart.shapes()) {
                switch (shape) {
                    case Chart.Box box -> {
                        g.setColor(box.fill());
                        g.fill(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
                    }
                    case Chart.Label label -> {
                        g.setColor(label.color());
                        g.setFont(new Font(Font.SANS_SERIF, label.bold() ? Font.BOLD : Font.PLAIN, label.size()));
                        FontMetrics metrics = g.getFontMetrics();
                        int width = metrics.stringWidth(label.text());
                        double x = switch (label.anchor()) {
                            case START -> label.x();
                            case MIDDLE -> label.x() - width / 2.0;
                            case END -> label.x() - width;
                        };
                        g.drawString(label.text(), (float) x, (float) label.y());
                    }
                    case Chart.Rule rule -> {
                        g.setColor(rule.color());
                        g.draw(new Line2D.Double(rule.x1(), rule.y1(), rule.x2(), rule.y2()));
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
