package dev.allot.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** One value of a report row, typed so that a spreadsheet gets numbers and dates, not text. */
public sealed interface Cell {

    Cell EMPTY = new Empty();

    /** Text as people wrote it; writers make it safe (a CSV cell starting with {@code =} is not a formula). */
    record Text(String value) implements Cell {}

    record Whole(long value) implements Cell {}

    /** A decimal figure such as a rate or a number of hours. */
    record Decimal(BigDecimal value) implements Cell {}

    /** A wall-clock time in the report's zone (named in its header), to the minute. */
    record Time(LocalDateTime value) implements Cell {

        public Time {
            value = value.truncatedTo(ChronoUnit.MINUTES);
        }
    }

    record Empty() implements Cell {}

    static Cell text(@Nullable String value) {
        return value == null ? EMPTY : new Text(value);
    }

    static Cell whole(long value) {
        return new Whole(value);
    }

    static Cell time(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? EMPTY : new Time(LocalDateTime.ofInstant(instant, zone));
    }
}
