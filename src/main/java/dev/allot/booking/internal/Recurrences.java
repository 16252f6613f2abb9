package dev.allot.booking.internal;

import dev.allot.booking.Bookings;
import dev.allot.booking.Repeat;
import dev.allot.platform.ProblemException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;

/**
 * A {@link Repeat} as an RFC 5545 RRULE, and the days it gives from a first day, by ical4j's
 * {@link Recur} (no date arithmetic of our own). Days only: each occurrence keeps the first one's
 * wall-clock times in the site's zone ({@link dev.allot.booking.LocalSlot}), so 09:00 stays 09:00 across
 * daylight saving.
 */
final class Recurrences {

    private static final Pattern COUNT = Pattern.compile("COUNT=(\\d+)");
    private static final Pattern UNTIL = Pattern.compile("UNTIL=(\\d{8})");
    private static final Pattern END = Pattern.compile("(COUNT=\\d+|UNTIL=\\d{8})");

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Recurrences() {}

    /** The RRULE for {@code repeat} starting on {@code first}; 400 naming the field of what does not fit. */
    static String rule(Repeat repeat, LocalDate first) {
        if ((repeat.count() == null) == (repeat.until() == null)) {
            throw ProblemException.invalidField("repeat.count", "give either count or until");
        }
        if (repeat.until() != null && repeat.until().isBefore(first)) {
            throw ProblemException.invalidField("repeat.until", "must not be before the first day");
        }
        List<DayOfWeek> days = repeat.byDay() == null ? List.of() : repeat.byDay();
        StringBuilder rule = new StringBuilder("FREQ=").append(repeat.frequency().name())
                .append(";INTERVAL=").append(repeat.interval() == null ? 1 : repeat.interval());
        switch (repeat.frequency()) {
            case DAILY -> {
                if (!days.isEmpty() || repeat.weekOfMonth() != null) {
                    throw ProblemException.invalidField("repeat.byDay", "is for WEEKLY and MONTHLY repeats");
                }
            }
            case WEEKLY -> {
                if (repeat.weekOfMonth() != null) {
                    throw ProblemException.invalidField("repeat.weekOfMonth", "is for MONTHLY repeats");
                }
                List<DayOfWeek> on = days.isEmpty() ? List.of(first.getDayOfWeek()) : days;
                if (!on.contains(first.getDayOfWeek())) {
                    throw ProblemException.invalidField("repeat.byDay", "must include the first day's weekday, "
                            + first.getDayOfWeek());
                }
                rule.append(";BYDAY=").append(String.join(",", on.stream().distinct().map(Recurrences::code).toList()));
            }
            case MONTHLY -> {
                if (repeat.weekOfMonth() == null) {
                    if (!days.isEmpty()) {
                        throw ProblemException.invalidField("repeat.byDay", "needs weekOfMonth in a MONTHLY repeat");
                    }
                    rule.append(";BYMONTHDAY=").append(first.getDayOfMonth());
                } else {
                    int week = repeat.weekOfMonth();
                    DayOfWeek day = days.isEmpty() ? first.getDayOfWeek() : days.getFirst();
                    if (week == 0 || days.size() > 1 || day != first.getDayOfWeek() || week != weekOf(first, week)) {
                        throw ProblemException.invalidField("repeat.weekOfMonth",
                                "must be the first day's week of the month (1 to 5, or -1 for the last) and its weekday");
                    }
                    rule.append(";BYDAY=").append(code(day)).append(";BYSETPOS=").append(week);
                }
            }
        }
        if (repeat.count() != null) {
            rule.append(";COUNT=").append(repeat.count());
        } else {
            rule.append(";UNTIL=").append(repeat.until().toString().replace("-", ""));
        }
        return rule.toString();
    }

    /** The days of {@code rule} from {@code first} (its first), at most {@link Bookings#MAX_OCCURRENCES}. */
    static List<LocalDate> days(String rule, LocalDate first) {
        List<LocalDate> days = new Recur<LocalDate>(rule).getDates(first, first, first.plusYears(10),
                Bookings.MAX_OCCURRENCES + 1);
        if (days.size() > Bookings.MAX_OCCURRENCES) {
            throw ProblemException.invalidField("repeat.until", "gives more than " + Bookings.MAX_OCCURRENCES
                    + " occurrences");
        }
        return days;
    }

    /**
     * The rest of {@code rule} (first day {@code first}) from {@code from}, one of its days on: a count
     * becomes the count of the days left; an end day stays.
     */
    static String from(String rule, LocalDate first, LocalDate from) {
        Matcher count = COUNT.matcher(rule);
        if (!count.find()) {
            return rule;
        }
        long before = days(rule, first).stream().filter(day -> day.isBefore(from)).count();
        return count.replaceFirst("COUNT=" + Math.max(1, Integer.parseInt(count.group(1)) - before));
    }

    /** {@code rule} ending on {@code last} (inclusive), whether it ended by a count or by a day before. */
    static String until(String rule, LocalDate last) {
        return END.matcher(rule).replaceFirst("UNTIL=" + last.toString().replace("-", ""));
    }

    /** {@code rule} ending at {@code last} as a UTC date-time, as a rule whose start has a zone needs. */
    static String untilInstant(String rule, Instant last) {
        return END.matcher(rule).replaceFirst("UNTIL=" + UTC_STAMP.format(last));
    }

    /** The day {@code rule} ends on as an RRULE's UNTIL (yyyyMMdd), when it ends by a day. */
    static Optional<LocalDate> until(String rule) {
        Matcher until = UNTIL.matcher(rule);
        return until.find()
                ? Optional.of(LocalDate.parse(until.group(1), DateTimeFormatter.BASIC_ISO_DATE))
                : Optional.empty();
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2).toUpperCase(Locale.ROOT);
    }

    /** {@code day}'s week of its month as {@code sign} asks: counted from the start (1..5) or the end (-1). */
    private static int weekOf(LocalDate day, int sign) {
        return sign < 0 ? (day.plusWeeks(1).getMonth() != day.getMonth() ? -1 : 0) : (day.getDayOfMonth() - 1) / 7 + 1;
    }
}
