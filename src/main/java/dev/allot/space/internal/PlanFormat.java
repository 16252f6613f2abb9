package dev.allot.space.internal;

import dev.allot.platform.ProblemException;
import dev.allot.space.FloorPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Judges an uploaded floor plan by its bytes: a PNG (its size from the header, and every pixel
 * decoded once, scaled down, so that a truncated or corrupt file is caught) or an SVG (parsed
 * without DTDs or entities of any kind, its size from width / height or the viewBox). The client's
 * content type and file name are only what it says.
 */
final class PlanFormat {

    static final String PNG = "image/png";
    static final String SVG = "image/svg+xml";
    /** Larger plans are no use on a screen and would cost memory to check. */
    static final int MAX_SIDE = 20_000;

    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*");

    /** What the bytes are, and the plan's intrinsic size. */
    record Checked(String contentType, int width, int height) {}

    private PlanFormat() {}

    static Checked check(byte[] bytes) {
        if (bytes.length == 0) {
            throw ProblemException.invalidField("plan", "choose a plan file (PNG or SVG)");
        }
        if (bytes.length > FloorPlan.MAX_BYTES) {
            long megabytes = FloorPlan.MAX_BYTES / (1024 * 1024);
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "plan-too-large", "Plan too large",
                    "The plan is larger than " + megabytes + " MB")
                    .with("maxMegabytes", megabytes)
                    .with("errors", List.of(new ProblemException.FieldError("plan", "is larger than " + megabytes + " MB")));
        }
        if (bytes.length >= PNG_START.length && Arrays.equals(bytes, 0, PNG_START.length, PNG_START, 0, PNG_START.length)) {
            return png(bytes);
        }
        if (looksLikeXml(bytes)) {
            return svg(bytes);
        }
        throw notAnImage();
    }

    private static Checked png(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable("The PNG file cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkSize(width, height);
                // Every row is decoded (a broken file fails here), but only a small picture is kept.
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / 256);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
                return new Checked(PNG, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof ProblemException problem) {
                throw problem;
            }
            throw unreadable("The PNG file is broken: it cannot be decoded");
        }
    }

    private static Checked svg(byte[] bytes) {
        XMLStreamReader xml = null;
        try {
            xml = safeFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            Checked size = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                        || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "plan-unsafe", "Plan refused",
                            "SVG plans with a DOCTYPE or entities are refused")
                            .with("errors", List.of(new ProblemException.FieldError("plan",
                                    "has a DOCTYPE or entities; save it without them")));
                }
                if (event == XMLStreamConstants.START_ELEMENT && size == null) {
                    if (!"svg".equals(xml.getLocalName()) || !SVG_NAMESPACE.equals(xml.getNamespaceURI())) {
                        throw notAnImage();
                    }
                    size = svgSize(xml.getAttributeValue(null, "width"), xml.getAttributeValue(null, "height"),
                            xml.getAttributeValue(null, "viewBox"));
                }
            }
            if (size == null) {
                throw notAnImage();
            }
            return size;
        } catch (XMLStreamException broken) {
            throw unreadable("The SVG file is broken: " + broken.getMessage().lines().reduce((a, b) -> b).orElse(""));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open
                }
            }
        }
    }

    /** The size an {@code <img>} gives the SVG: its width and height, else its viewBox's. */
    static Checked svgSize(@Nullable String width, @Nullable String height, @Nullable String viewBox) {
        double w = length(width);
        double h = length(height);
        double[] box = viewBox(viewBox);
        if (box != null) {
            if (w > 0 && h <= 0) {
                h = w * box[1] / box[0];
            } else if (h > 0 && w <= 0) {
                w = h * box[0] / box[1];
            } else if (w <= 0) {
                w = box[0];
                h = box[1];
            }
        }
        if (w <= 0 || h <= 0) {
            throw unreadable("The SVG has no size: give its root element a viewBox (or width and height)");
        }
        int pixelsWide = (int) Math.max(1, Math.round(w));
        int pixelsHigh = (int) Math.max(1, Math.round(h));
        checkSize(pixelsWide, pixelsHigh);
        return new Checked(SVG, pixelsWide, pixelsHigh);
    }

    /** A length in CSS pixels; -1 for none, a percentage or a unit that depends on the page. */
    private static double length(@Nullable String value) {
        if (value == null) {
            return -1;
        }
        Matcher matcher = LENGTH.matcher(value);
        if (!matcher.matches()) {
            return -1;
        }
        double number = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "px" : matcher.group(2).toLowerCase(Locale.ROOT);
        return number * switch (unit) {
            case "pt" -> 96.0 / 72;
            case "pc" -> 16;
            case "mm" -> 96 / 25.4;
            case "cm" -> 96 / 2.54;
            case "in" -> 96;
            default -> 1;
        };
    }

    private static double @Nullable [] viewBox(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            return w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h) ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void checkSize(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw unreadable("The plan is " + width + " × " + height + "; at most " + MAX_SIDE + " on each side");
        }
    }

    /** XML after an optional byte-order mark and white space; anything else is not a plan. */
    private static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    private static ProblemException notAnImage() {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "plan-not-an-image", "Not a plan",
                "The file is not a PNG or SVG image")
                .with("errors", List.of(new ProblemException.FieldError("plan", "is not a PNG or SVG image")));
    }

    private static ProblemException unreadable(String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "plan-unreadable", "Plan unreadable", detail)
                .with("errors", List.of(new ProblemException.FieldError("plan", detail)));
    }

    /**
     * No DTDs, no external entities, no entity expansion: an SVG that needs them is refused. The JDK's
     * own parser, a new one each time (a factory is not promised to be thread-safe).
     */
    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external references are not loaded");
        });
        return factory;
    }
}
