package dev.allot.space;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One marker drawn by the floor-plan fragment ({@code templates/space/plan.html}): a resource at
 * its position, with {@code label} as its accessible name and tooltip, an optional short
 * {@code caption} shown on the marker, a CSS {@code state} class (for example {@code free},
 * {@code taken}, {@code held}, {@code mine}, {@code fixed}), and what a click does: follow
 * {@code href}, or, with {@code submit}, send the form around the plan with
 * {@code resourceId=<id>}; neither makes it a plain marker.
 */
public record PlanMarker(ResourceId resourceId, String label, @Nullable String caption, PlanPosition position,
        String state, @Nullable String href, boolean submit) {

    /** A marker that only shows. */
    public static PlanMarker shown(ResourceView resource, PlanPosition position, String label, String state) {
        return new PlanMarker(resource.id(), label, caption(resource.name()), position, state, null, false);
    }

    /**
     * A short caption for a marker: the number a resource's name ends with ("Desk 2-014" is 14),
     * else the first two letters of its last word.
     */
    public static String caption(String name) {
        java.util.regex.Matcher number = TRAILING_NUMBER.matcher(name.strip());
        if (number.find()) {
            String digits = number.group(1).replaceFirst("^0+(?=.)", "");
            return digits.length() > 4 ? digits.substring(digits.length() - 4) : digits;
        }
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        return last.length() <= 2 ? last : last.substring(0, 2);
    }

    private static final java.util.regex.Pattern TRAILING_NUMBER = java.util.regex.Pattern.compile("(\\d+)$");

    public PlanMarker withState(String newState) {
        return new PlanMarker(resourceId, label, caption, position, newState, href, submit);
    }

    /** The CSS {@code left} of the marker: a percentage of the plan's width. */
    public String left() {
        return percent(position.x());
    }

    /** The CSS {@code top} of the marker: a percentage of the plan's height. */
    public String top() {
        return percent(position.y());
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.3f%%", fraction * 100);
    }
}
