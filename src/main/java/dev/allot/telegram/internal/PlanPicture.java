package dev.allot.telegram.internal;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.SVGLoader;
import dev.allot.space.FloorPlanImage;
import dev.allot.space.PlanPosition;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A floor plan drawn to a PNG with numbered circles on desks, for a picture in the chat: PNG plans as
 * they are, SVG plans rendered with JSVG; at most {@link #LONG_SIDE} pixels on the long side.
 */
@Component
@OnTelegram
class PlanPicture {

    static final int LONG_SIDE = 1280;

    private static final Logger log = LoggerFactory.getLogger(PlanPicture.class);

    /** A circle with {@code number} at {@code position} (fractions of the plan's width and height). */
    record Marker(int number, PlanPosition position) {}

    /** The picture, or empty when the plan cannot be read (the screen then goes without it). */
    Optional<byte[]> draw(FloorPlanImage plan, List<Marker> markers) {
        try {
            BufferedImage image = plan.plan().contentType().contains("svg") ? svg(plan.bytes()) : png(plan.bytes());
            if (image == null) {
                return Optional.empty();
            }
            mark(image, markers);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            log.warn("Floor plan {} could not be drawn: {}", plan.plan().floorId(), e.toString());
            return Optional.empty();
        }
    }

    private static @Nullable BufferedImage png(byte[] bytes) throws IOException {
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(bytes));
        if (source == null) {
            return null;
        }
        double scale = Math.min(1.0, (double) LONG_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static @Nullable BufferedImage svg(byte[] bytes) {
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(bytes));
        if (document == null) {
            return null;
        }
        FloatSize size = document.size();
        double longSide = Math.max(size.width, size.height);
        double scale = longSide <= 0 ? 1 : LONG_SIDE / longSide;
        int width = Math.max(1, (int) Math.round(size.width * scale));
        int height = Math.max(1, (int) Math.round(size.height * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            document.render((java.awt.Component) null, g, new ViewBox(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void mark(BufferedImage image, List<Marker> markers) {
        int width = image.getWidth();
        int height = image.getHeight();
        int radius = Math.max(12, Math.max(width, height) / 60);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, radius));
            FontMetrics metrics = g.getFontMetrics();
            for (Marker marker : markers) {
                int x = (int) Math.round(marker.position().x() * width);
                int y = (int) Math.round(marker.position().y() * height);
                g.setColor(new Color(0x1B, 0x7F, 0x3B));
                g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(Math.max(2, radius / 6f)));
                g.drawOval(x - radius, y - radius, 2 * radius, 2 * radius);
                String label = String.valueOf(marker.number());
                g.drawString(label, x - metrics.stringWidth(label) / 2, y + (metrics.getAscent() - metrics.getDescent()) / 2);
            }
        } finally {
            g.dispose();
        }
    }
}
