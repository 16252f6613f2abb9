package dev.allot.insight;

import java.util.List;

/**
 * The weekday/hour runs that are usually crowded (booked share at least {@link #CROWDED}) and usually
 * free (at most {@link #QUIET}), busiest and quietest first, with a sentence each.
 */
public record BestTimes(InsightScope scope, Period period, List<TimeSlot> crowded, List<TimeSlot> quiet,
        String summary) {

    public static final double CROWDED = 0.6;
    public static final double QUIET = 0.3;
    /** At most this many runs on each side. */
    public static final int LIMIT = 3;

    public BestTimes {
        crowded = List.copyOf(crowded);
        quiet = List.copyOf(quiet);
    }
}
