package dev.allot.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Times accepted from clients: instants between 1970 and 9999, so that they fit the database. */
public final class ApiTimes {

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private ApiTimes() {}

    public static Instant instant(String field, OffsetDateTime time) {
        return check(field, time.toInstant());
    }

    public static @Nullable Instant instantOrNull(String field, @Nullable OffsetDateTime time) {
        return time == null ? null : instant(field, time);
    }

    public static Instant check(String field, Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ProblemException.invalidField(field, "must be between the years 1970 and 9999");
        }
        return instant;
    }
}
