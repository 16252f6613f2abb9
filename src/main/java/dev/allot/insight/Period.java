package dev.allot.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Local days {@code from} to {@code to}, both included, in the zone of the site the figure is about. */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period one figure covers. */
    public static final int MAX_DAYS = 400;

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
