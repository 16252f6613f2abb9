package dev.allot.insight.web;

import java.awt.Color;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chart as a list of shapes on a canvas of {@code width} x {@code height} pixels: one model, drawn
 * as SVG for the page and by Java 2D for the PNG download, so both show the same thing.
 */
record Chart(int width, int height, String title, List<Shape> shapes) {

    Chart {
        shapes = List.copyOf(shapes);
    }

    sealed interface Shape permits Box, Label, Rule {}

    /** A filled rectangle; {@code tooltip} becomes an SVG title (the PNG has none). */
    record Box(double x, double y, double width, double height, Color fill, @Nullable String tooltip) implements Shape {}

    enum Anchor { START, MIDDLE, END }

    /** Text whose baseline starts, centres or ends at (x, y). */
    record Label(double x, double y, String text, int size, Anchor anchor, Color color, boolean bold) implements Shape {}

    record Rule(double x1, double y1, double x2, double y2, Color color) implements Shape {}
}
