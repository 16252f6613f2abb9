package dev.allot.booking.internal;

import dev.allot.platform.RuleViolation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rules every booking keeps, whoever makes it and through whichever door (API, web, bot).
 * Each is small and named; {@link #check} reports all that a request breaks, not just the first.
 */
@Component
class BookingRules {

    /** A booking may start this long ago, so that "now" chosen on a slow form still counts. */
    static final Duration START_GRACE = Duration.ofMinutes(1);

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final List<BookingRule> rules;
    /** An import brings history and far-ahead plans: no "not in the past", no horizon, no "active". */
    private final List<BookingRule> importRules;

    BookingRules(BookingRulesProperties limits) {
        this.importRules = List.of(
                BookingRules::endsAfterStart,
                BookingRules::withinCapacity,
                request -> duration(request, limits),
                BookingRules::withinOpeningHours);
        this.rules = List.of(
                BookingRules::endsAfterStart,
                BookingRules::notInPast,
                BookingRules::resourceActive,
                BookingRules::withinCapacity,
                request -> duration(request, limits),
                request -> horizon(request, limits),
                BookingRules::withinOpeningHours);
    }

    List<RuleViolation> check(BookingRequest request) {
        return rules.stream().map(rule -> rule.check(request)).flatMap(Optional::stream).toList();
    }

    /** The rules an imported booking keeps: those that do not depend on when it is imported. */
    List<RuleViolation> checkImport(BookingRequest request) {
        return importRules.stream().map(rule -> rule.check(request)).flatMap(Optional::stream).toList();
    }

    static Optional<RuleViolation> endsAfterStart(BookingRequest r) {
        return r.endsAt().isAfter(r.startsAt()) ? Optional.empty()
                : violation("ends-after-start", "endsAt", "The booking must end after it starts");
    }

    static Optional<RuleViolation> notInPast(BookingRequest r) {
        return r.startsAt().isBefore(r.now().minus(START_GRACE))
                ? violation("not-in-past", "startsAt", "The booking cannot start in the past")
                : Optional.empty();
    }

    static Optional<RuleViolation> resourceActive(BookingRequest r) {
        return r.resource().active() ? Optional.empty()
                : violation("resource-inactive", "resourceId", r.resource().name() + " is not available for booking",
                        r.resource().name());
    }

    static Optional<RuleViolation> withinCapacity(BookingRequest r) {
        return r.attendees() <= r.resource().capacity() ? Optional.empty()
                : violation("capacity", "attendees", r.resource().name() + " holds at most "
                        + r.resource().capacity() + (r.resource().capacity() == 1 ? " person" : " people"),
                        r.resource().name(), r.resource().capacity());
    }

    static Optional<RuleViolation> duration(BookingRequest r, BookingRulesProperties limits) {
        if (!r.endsAt().isAfter(r.startsAt())) {
            return Optional.empty(); // reported by endsAfterStart
        }
        var kindLimits = limits.of(r.resource().kind());
        Duration length = Duration.between(r.startsAt(), r.endsAt());
        if (length.compareTo(kindLimits.minDuration()) < 0) {
            return violation("min-duration", "endsAt", "A booking lasts at least " + human(kindLimits.minDuration()),
                    kindLimits.minDuration().toMinutes());
        }
        if (length.compareTo(kindLimits.maxDuration()) > 0) {
            return violation("max-duration", "endsAt", "A booking lasts at most " + human(kindLimits.maxDuration()),
                    kindLimits.maxDuration().toMinutes());
        }
        return Optional.empty();
    }

    /** Counted in the site's calendar days: with 14 days, today and the next 14 days are bookable. */
    static Optional<RuleViolation> horizon(BookingRequest r, BookingRulesProperties limits) {
        long days = limits.of(r.resource().kind()).horizon().toDays();
        LocalDate lastDay = r.now().atZone(r.resource().timeZone()).toLocalDate().plusDays(days);
        return r.localStart().toLocalDate().isAfter(lastDay)
                ? violation("horizon", "startsAt", "Bookings open at most " + days + " days ahead (until " + lastDay + ")",
                        days, lastDay)
                : Optional.empty();
    }

    static Optional<RuleViolation> withinOpeningHours(BookingRequest r) {
        if (r.openingHours().covers(r.localStart(), r.localEnd())) {
            return Optional.empty();
        }
        String day = r.localStart().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        var hours = r.openingHours().days().stream()
                .filter(h -> h.day() == r.localStart().getDayOfWeek())
                .findFirst();
        String when = hours
                .map(h -> " is open from " + HOURS.format(h.opens()) + " to " + HOURS.format(h.closes()) + " on " + day)
                .orElse(" is closed on " + day);
        // arguments: site, weekday, opens, closes (both empty when closed that day), zone
        return violation("opening-hours", "startsAt", r.resource().siteName() + when + " ("
                        + r.resource().timeZone().getId() + "), and a booking stays within one day's hours",
                r.resource().siteName(), r.localStart().getDayOfWeek(),
                hours.map(h -> HOURS.format(h.opens())).orElse(""), hours.map(h -> HOURS.format(h.closes())).orElse(""),
                r.resource().timeZone().getId());
    }

    private static Optional<RuleViolation> violation(String rule, String field, String message, Object... arguments) {
        return Optional.of(new RuleViolation(rule, field, message, List.of(arguments)));
    }

    static String human(Duration duration) {
        if (duration.toDaysPart() > 0 && duration.toHoursPart() == 0 && duration.toMinutesPart() == 0) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        if (duration.toMinutes() % 60 == 0) {
            return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
        }
        return duration.toMinutes() + " minutes";
    }
}
