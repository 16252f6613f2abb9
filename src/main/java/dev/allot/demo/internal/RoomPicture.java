package dev.allot.demo.internal;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Draws a meeting room from above with Java 2D (headless, no fonts, no network): its furniture
 * follows the layout and capacity, the screen, projector, whiteboard and windows follow its
 * amenities, and colours, plants and small things on the table follow a seed, so no two rooms look
 * alike.
 */
final class RoomPicture {

    static final int WIDTH = 960;
    static final int HEIGHT = 600;
    private static final int WALL = 22;

    private static final Color[] CHAIRS = {new Color(0xE07A5F), new Color(0x3D85C6), new Color(0x81B29A),
            new Color(0xF2CC8F), new Color(0x6D597A), new Color(0x2A9D8F), new Color(0xE76F51), new Color(0x457B9D)};
    private static final Color[] FLOORS = {new Color(0xD9B38C), new Color(0x9AA5B8), new Color(0xD3D7DC),
            new Color(0xE6D5BE), new Color(0xB8C4B0)};
    private static final Color[] TABLES = {new Color(0xF5F1EA), new Color(0x8B5E3C), new Color(0x4A4E57),
            new Color(0xC9A27A)};
    private static final Color WALL_COLOR = new Color(0x3B4252);
    private static final Color SHADOW = new Color(0, 0, 0, 40);

    private final RoomLayout layout;
    private final int capacity;
    private final Set<String> amenities;
    private final Random random;
    private final Color chairColor;
    private final Color tableColor;
    private final Color floorColor;
    private Graphics2D g;
    /** The room's inside, within the walls. */
    private Rectangle2D room = new Rectangle2D.Double();

    private RoomPicture(RoomLayout layout, int capacity, Set<String> amenities, long seed) {
        this.layout = layout;
        this.capacity = capacity;
        this.amenities = amenities;
        // Scrambled first: java.util.Random's first numbers from neighbouring seeds are alike.
        this.random = new Random(new java.util.SplittableRandom(seed).nextLong());
        this.chairColor = CHAIRS[random.nextInt(CHAIRS.length)];
        this.tableColor = TABLES[random.nextInt(TABLES.length)];
        this.floorColor = FLOORS[random.nextInt(FLOORS.length)];
    }

    /** A PNG of the room. */
    static byte[] png(RoomLayout layout, int capacity, Set<String> amenities, long seed) {
        BufferedImage image = new RoomPicture(layout, capacity, amenities, seed).draw();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private BufferedImage draw() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            surroundings();
            double w = layout == RoomLayout.BOOTH ? 440 : capacity <= 6 ? 680 : WIDTH - 80;
            double h = layout == RoomLayout.BOOTH ? 380 : capacity <= 6 ? 460 : HEIGHT - 80;
            room = new Rectangle2D.Double((WIDTH - w) / 2, (HEIGHT - h) / 2, w, h);
            floor();
            if (amenities.contains("window")) {
                daylight();
            }
            rug();
            switch (layout) {
                case BOOTH -> booth();
                case ROUND -> roundTable();
                case BOARDROOM -> boardroom();
                case U_SHAPE -> uShape();
                case CLASSROOM -> classroom();
            }
            walls();
            frontWall();
            if (amenities.contains("whiteboard")) {
                whiteboard();
            }
            plants();
            return image;
        } finally {
            g.dispose();
        }
    }

    private void surroundings() {
        g.setColor(new Color(0xECEFF3));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xE1E5EA));
        for (int x = -HEIGHT; x < WIDTH; x += 24) {
            g.drawLine(x, HEIGHT, x + HEIGHT, 0);
        }
    }

    private void floor() {
        g.setColor(floorColor);
        g.fill(room);
        Color line = floorColor.darker();
        g.setColor(new Color(line.getRed(), line.getGreen(), line.getBlue(), 60));
        g.setStroke(new BasicStroke(1f));
        boolean planks = random.nextBoolean();
        if (planks) {
            for (double y = room.getY(); y < room.getMaxY(); y += 26) {
                g.draw(new java.awt.geom.Line2D.Double(room.getX(), y, room.getMaxX(), y));
                double offset = random.nextInt(180);
                for (double x = room.getX() + offset; x < room.getMaxX(); x += 180) {
                    g.draw(new java.awt.geom.Line2D.Double(x, y, x, Math.min(y + 26, room.getMaxY())));
                }
            }
        } else {
            for (double x = room.getX(); x < room.getMaxX(); x += 60) {
                g.draw(new java.awt.geom.Line2D.Double(x, room.getY(), x, room.getMaxY()));
            }
            for (double y = room.getY(); y < room.getMaxY(); y += 60) {
                g.draw(new java.awt.geom.Line2D.Double(room.getX(), y, room.getMaxX(), y));
            }
        }
    }

    /** Sunlight falling through the windows in the top wall. */
    private void daylight() {
        Graphics2D light = (Graphics2D) g.create();
        light.clip(room);
        light.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f));
        light.setColor(new Color(0xFFF3C4));
        for (Rectangle2D window : windows()) {
            Path2D beam = new Path2D.Double();
            beam.moveTo(window.getX(), room.getY());
            beam.lineTo(window.getMaxX(), room.getY());
            beam.lineTo(window.getMaxX() + 90, room.getY() + room.getHeight() * 0.55);
            beam.lineTo(window.getX() + 90, room.getY() + room.getHeight() * 0.55);
            beam.closePath();
            light.fill(beam);
        }
        light.dispose();
    }

    private java.util.List<Rectangle2D> windows() {
        int count = Math.max(1, (int) (room.getWidth() / 220));
        double width = room.getWidth() / count * 0.6;
        java.util.List<Rectangle2D> windows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = room.getX() + room.getWidth() / count * (i + 0.2);
            windows.add(new Rectangle2D.Double(x, room.getY() - WALL, width, WALL));
        }
        return windows;
    }

    private void rug() {
        if (layout == RoomLayout.CLASSROOM || random.nextInt(3) == 0) {
            return;
        }
        double inset = layout == RoomLayout.BOOTH ? 50 : 90;
        Shape rug = new RoundRectangle2D.Double(room.getX() + inset + 30, room.getY() + inset,
                room.getWidth() - 2 * inset - 30, room.getHeight() - 2 * inset, 30, 30);
        Color base = CHAIRS[random.nextInt(CHAIRS.length)];
        g.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), 55));
        g.fill(rug);
    }

    private void walls() {
        g.setColor(WALL_COLOR);
        g.setStroke(new BasicStroke(WALL, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        g.draw(new Rectangle2D.Double(room.getX() - WALL / 2.0, room.getY() - WALL / 2.0, room.getWidth() + WALL,
                room.getHeight() + WALL));
        if (amenities.contains("window")) {
            for (Rectangle2D window : windows()) {
                g.setColor(new Color(0xBFE3F5));
                g.fill(window);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(2f));
                g.draw(window);
                g.draw(new java.awt.geom.Line2D.Double(window.getCenterX(), window.getY(), window.getCenterX(),
                        window.getMaxY()));
            }
        }
        // The door, in the bottom wall on the right, swinging in.
        double doorWidth = 70;
        double x = room.getMaxX() - doorWidth - 40;
        double y = room.getMaxY();
        g.setColor(floorColor);
        g.fill(new Rectangle2D.Double(x, y, doorWidth, WALL));
        g.setColor(new Color(0x5E6472));
        g.setStroke(new BasicStroke(3f));
        g.draw(new java.awt.geom.Line2D.Double(x + doorWidth, y, x + doorWidth, y - doorWidth));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
        g.draw(new Arc2D.Double(x, y - doorWidth, doorWidth * 2, doorWidth * 2, 90, 90, Arc2D.OPEN));
    }

    /** The left wall: a screen, a projection screen with the projector's light, a camera. */
    private void frontWall() {
        double cy = room.getCenterY();
        double x = room.getX();
        boolean projector = amenities.contains("projector");
        boolean screen = amenities.contains("screen") || amenities.contains("video-conference");
        if (projector) {
            double length = Math.min(room.getHeight() * 0.6, 300);
            Shape canvas = new Rectangle2D.Double(x + 2, cy - length / 2, 10, length);
            Graphics2D beam = (Graphics2D) g.create();
            double px = room.getX() + room.getWidth() * 0.55;
            beam.setPaint(new GradientPaint((float) px, (float) cy, new Color(255, 255, 220, 10), (float) x,
                    (float) cy, new Color(255, 255, 220, 120)));
            Path2D cone = new Path2D.Double();
            cone.moveTo(px, cy - 6);
            cone.lineTo(x + 12, cy - length / 2);
            cone.lineTo(x + 12, cy + length / 2);
            cone.lineTo(px, cy + 6);
            cone.closePath();
            beam.fill(cone);
            beam.dispose();
            g.setColor(new Color(0xFAFAFA));
            g.fill(canvas);
            g.setColor(new Color(0x9AA0A6));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(canvas);
            shadowed(new RoundRectangle2D.Double(px - 14, cy - 11, 28, 22, 6, 6), new Color(0xDADDE1));
            g.setColor(new Color(0x2F3440));
            g.fill(new Ellipse2D.Double(px - 18, cy - 5, 10, 10));
        }
        if (screen) {
            double length = Math.min(room.getHeight() * 0.42, 200);
            double offset = projector ? room.getHeight() * 0.32 : 0;
            double top = Math.max(room.getY() + 8, cy - offset - length / 2);
            Shape tv = new RoundRectangle2D.Double(x + 1, top, 12, length, 4, 4);
            g.setColor(new Color(0x1F2430));
            g.fill(tv);
            g.setColor(new Color(0x4C8DFF));
            g.fill(new Rectangle2D.Double(x + 9, top + 6, 3, length - 12));
            if (amenities.contains("video-conference")) {
                g.setColor(new Color(0x111111));
                g.fill(new RoundRectangle2D.Double(x + 2, top + length / 2 - 22, 16, 44, 8, 8));
                g.setColor(new Color(0x3DDC84));
                g.fill(new Ellipse2D.Double(x + 8, top + length / 2 - 4, 7, 7));
            }
        }
    }

    private void whiteboard() {
        double length = Math.min(room.getWidth() * 0.35, 260);
        double x = room.getX() + room.getWidth() * 0.18;
        double y = room.getMaxY() - 12;
        Shape board = new Rectangle2D.Double(x, y, length, 10);
        g.setColor(Color.WHITE);
        g.fill(board);
        g.setColor(new Color(0xB0B5BB));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(board);
        Color[] markers = {new Color(0xD62828), new Color(0x1D4ED8), new Color(0x15803D)};
        for (int i = 0; i < 3; i++) {
            g.setColor(markers[i]);
            double mx = x + length * (0.15 + 0.25 * i) + random.nextInt(20);
            g.fill(new RoundRectangle2D.Double(mx, y - 9, 18, 5, 3, 3));
        }
    }

    private void plants() {
        double[][] corners = {{room.getX() + 34, room.getY() + 34}, {room.getMaxX() - 34, room.getY() + 34},
                {room.getMaxX() - 34, room.getMaxY() - 110}, {room.getX() + 34, room.getMaxY() - 34}};
        int count = layout == RoomLayout.BOOTH ? 1 : 1 + random.nextInt(3);
        int start = random.nextInt(corners.length);
        for (int i = 0; i < count; i++) {
            double[] corner = corners[(start + i) % corners.length];
            plant(corner[0], corner[1], 20 + random.nextInt(8));
        }
    }

    private void plant(double cx, double cy, double r) {
        g.setColor(SHADOW);
        g.fill(new Ellipse2D.Double(cx - r + 3, cy - r + 4, 2 * r, 2 * r));
        g.setColor(new Color(0xB5651D));
        g.fill(new Ellipse2D.Double(cx - r * 0.7, cy - r * 0.7, r * 1.4, r * 1.4));
        int leaves = 7 + random.nextInt(4);
        Color[] greens = {new Color(0x2D6A4F), new Color(0x40916C), new Color(0x52B788)};
        for (int i = 0; i < leaves; i++) {
            double angle = 2 * Math.PI * i / leaves + random.nextDouble() * 0.4;
            AffineTransform saved = g.getTransform();
            g.translate(cx, cy);
            g.rotate(angle);
            g.setColor(greens[i % greens.length]);
            g.fill(new Ellipse2D.Double(0, -r * 0.22, r * 1.1, r * 0.44));
            g.setTransform(saved);
        }
    }

    // --- furniture ---------------------------------------------------------------------------

    private void booth() {
        double cx = room.getCenterX() + 20;
        double cy = room.getCenterY();
        // Acoustic felt panels on the back wall.
        for (int i = 0; i < 5; i++) {
            g.setColor(new Color(0x6B7A8F).brighter());
            g.fill(new RoundRectangle2D.Double(room.getX() + 30 + i * 70, room.getY() + 6, 60, 12, 6, 6));
        }
        shadowed(new Ellipse2D.Double(cx - 45, cy - 45, 90, 90), tableColor);
        armchair(cx - 105, cy, 0);
        if (capacity >= 2) {
            armchair(cx + 105, cy, Math.PI);
        }
        if (amenities.contains("phone")) {
            phone(cx - 12, cy - 12);
        }
        cup(cx + 12, cy + 14);
    }

    private void roundTable() {
        double cx = room.getCenterX() + 30;
        double cy = room.getCenterY();
        double r = 55 + capacity * 7;
        for (int i = 0; i < capacity; i++) {
            double a = 2 * Math.PI * i / capacity + Math.PI / capacity;
            chair(cx + Math.cos(a) * (r + 24), cy + Math.sin(a) * (r + 24), a + Math.PI);
        }
        shadowed(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), tableColor);
        tableThings(cx, cy, r * 0.55, capacity / 2);
    }

    private void boardroom() {
        int ends = capacity >= 8 ? 1 : 0;
        int perSide = (capacity - ends + 1) / 2;
        double length = Math.max(200, perSide * 64 + 30);
        double width = capacity >= 10 ? 130 : 110;
        double cx = room.getCenterX() + 40;
        double cy = room.getCenterY();
        double left = cx - length / 2;
        int top = perSide;
        int bottom = capacity - ends - perSide;
        for (int i = 0; i < top; i++) {
            chair(left + 15 + (length - 30) * (i + 0.5) / top, cy - width / 2 - 22, Math.PI / 2);
        }
        for (int i = 0; i < bottom; i++) {
            chair(left + 15 + (length - 30) * (i + 0.5) / bottom, cy + width / 2 + 22, -Math.PI / 2);
        }
        if (ends == 1) {
            chair(cx + length / 2 + 24, cy, Math.PI);
        }
        shadowed(new RoundRectangle2D.Double(left, cy - width / 2, length, width, 50, 50), tableColor);
        tableThings(cx, cy, Math.min(length, width) * 0.3, capacity / 2);
    }

    private void uShape() {
        double cx = room.getCenterX() + 100;
        double cy = room.getCenterY();
        int right = Math.max(2, capacity / 5);
        int rest = capacity - right;
        int top = (rest + 1) / 2;
        int bottom = rest - top;
        double depth = 70;
        double armLength = Math.min(room.getWidth() - 340, Math.max(240, top * 60 + 40));
        double height = Math.max(260, right * 60 + 2 * depth);
        height = Math.min(height, room.getHeight() - 130);
        double armLeft = cx + 80 - armLength;
        double rightX = cx + 80;
        for (int i = 0; i < top; i++) {
            chair(armLeft + 20 + (armLength - 40) * (i + 0.5) / top, cy - height / 2 - 22, Math.PI / 2);
        }
        for (int i = 0; i < bottom; i++) {
            chair(armLeft + 20 + (armLength - 40) * (i + 0.5) / bottom, cy + height / 2 + 22, -Math.PI / 2);
        }
        for (int i = 0; i < right; i++) {
            chair(rightX + depth + 22, cy - height / 2 + depth + (height - 2 * depth) * (i + 0.5) / right, Math.PI);
        }
        Path2D u = new Path2D.Double();
        u.append(new Rectangle2D.Double(armLeft, cy - height / 2, armLength + depth, depth), false);
        u.append(new Rectangle2D.Double(armLeft, cy + height / 2 - depth, armLength + depth, depth), false);
        u.append(new Rectangle2D.Double(rightX, cy - height / 2, depth, height), false);
        java.awt.geom.Area area = new java.awt.geom.Area(u);
        shadowed(area, tableColor);
        for (int i = 0; i < Math.min(top, 4); i++) {
            laptop(armLeft + 30 + i * 58, cy - height / 2 + 18, random.nextInt(4) == 0);
        }
    }

    private void classroom() {
        boolean desks = random.nextBoolean();
        double front = room.getX() + 150;
        double usable = room.getHeight() - 100;
        int perRow = Math.max(3, Math.min((int) (usable / 48), (int) Math.ceil(capacity / 3.0)));
        int rows = (int) Math.ceil(capacity / (double) perRow);
        double rowGap = Math.min(desks ? 90 : 64, (room.getWidth() - 220) / Math.max(1, rows));
        int placed = 0;
        for (int row = 0; row < rows; row++) {
            double x = front + 40 + row * rowGap;
            int seats = Math.min(perRow, capacity - placed);
            double span = seats * 48;
            double top = room.getCenterY() - span / 2;
            if (desks) {
                shadowed(new RoundRectangle2D.Double(x - 44, top, 22, span, 8, 8), tableColor);
            }
            for (int s = 0; s < seats; s++) {
                chair(x, top + 24 + s * 48, Math.PI);
            }
            placed += seats;
        }
        // A lectern at the front.
        shadowed(new RoundRectangle2D.Double(room.getX() + 60, room.getMaxY() - 150, 44, 60, 8, 8), tableColor.darker());
    }

    // --- small things ------------------------------------------------------------------------

    /** A chair whose seat faces direction {@code facing} (radians, 0 = towards +x). */
    private void chair(double cx, double cy, double facing) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(facing);
        g.setColor(SHADOW);
        g.fill(new RoundRectangle2D.Double(-14, -14, 32, 32, 10, 10));
        g.setColor(chairColor);
        g.fill(new RoundRectangle2D.Double(-15, -15, 30, 30, 10, 10));
        g.setColor(chairColor.darker());
        g.fill(new RoundRectangle2D.Double(-19, -15, 8, 30, 6, 6));
        g.setTransform(saved);
    }

    private void armchair(double cx, double cy, double facing) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(facing);
        g.setColor(SHADOW);
        g.fill(new RoundRectangle2D.Double(-30, -33, 64, 70, 22, 22));
        g.setColor(chairColor.darker());
        g.fill(new RoundRectangle2D.Double(-32, -35, 64, 70, 22, 22));
        g.setColor(chairColor);
        g.fill(new RoundRectangle2D.Double(-16, -22, 44, 44, 14, 14));
        g.setTransform(saved);
    }

    private void tableThings(double cx, double cy, double spread, int count) {
        for (int i = 0; i < Math.min(count, 5); i++) {
            double x = cx + (random.nextDouble() - 0.5) * 2 * spread;
            double y = cy + (random.nextDouble() - 0.5) * spread;
            switch (random.nextInt(3)) {
                case 0 -> laptop(x, y, random.nextBoolean());
                case 1 -> cup(x, y);
                default -> notepad(x, y);
            }
        }
        if (amenities.contains("video-conference") || amenities.contains("phone")) {
            phone(cx - 10, cy - 10);
        }
    }

    private void laptop(double x, double y, boolean open) {
        g.setColor(SHADOW);
        g.fill(new RoundRectangle2D.Double(x - 15, y - 9, 34, 24, 4, 4));
        g.setColor(new Color(0xC7CCD3));
        g.fill(new RoundRectangle2D.Double(x - 17, y - 11, 34, 24, 4, 4));
        if (open) {
            g.setColor(new Color(0x2B2F38));
            g.fill(new Rectangle2D.Double(x - 14, y - 8, 28, 10));
        }
    }

    private void cup(double x, double y) {
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(x - 7, y - 7, 14, 14));
        g.setColor(new Color(0x6F4E37));
        g.fill(new Ellipse2D.Double(x - 4.5, y - 4.5, 9, 9));
    }

    private void notepad(double x, double y) {
        g.setColor(new Color(0xFFF59D));
        g.fill(new Rectangle2D.Double(x - 10, y - 13, 20, 26));
        g.setColor(new Color(0x9E9E9E));
        for (int i = 0; i < 4; i++) {
            g.fill(new Rectangle2D.Double(x - 7, y - 8 + i * 5, 14, 1));
        }
    }

    /** A conference speaker: a dark puck with a ring of light. */
    private void phone(double x, double y) {
        g.setColor(new Color(0x23272F));
        g.fill(new Ellipse2D.Double(x - 14, y - 14, 28, 28));
        g.setColor(new Color(0x7FD1FF));
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(x - 9, y - 9, 18, 18));
    }

    private void shadowed(Shape shape, Color color) {
        AffineTransform saved = g.getTransform();
        g.translate(4, 5);
        g.setColor(SHADOW);
        g.fill(shape);
        g.setTransform(saved);
        g.setColor(color);
        g.fill(shape);
        g.setColor(color.darker());
        g.setStroke(new BasicStroke(1.5f));
        g.draw(shape);
    }
}
