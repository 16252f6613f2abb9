package dev.allot.booking.web;

import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import dev.allot.platform.RuleViolation;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.ResourceView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Explains why a booking or a cancellation failed, in the person's language and next to the form
 * field it concerns. The words are {@link ProblemMessages}' ({@code rule.*}, {@code problem.*});
 * only the taken range of a booking-overlap is worded here, in the site's zone.
 */
@Component
class BookingPageProblems {

    /** The key of what concerns the whole form rather than one field. */
    static final String FORM = "";

    private final ProblemMessages problems;
    private final MessageSource messages;

    BookingPageProblems(ProblemMessages problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** Booking form field (date, start, end, attendees, or {@link #FORM}) to message. */
    Map<String, String> onBookingForm(ProblemException problem, ResourceView resource, LocalDate date, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (problem instanceof RulesViolatedException rules) {
            for (RuleViolation violation : rules.violations()) {
                byField.merge(formField(violation), problems.describe(violation, locale), (a, b) -> a + " " + b);
            }
        } else if ("booking-overlap".equals(problem.type())) {
            byField.put("start", overlap(problem, resource, date, locale));
        } else {
            problems.byField(problem, locale).forEach((field, message) -> byField.merge(formField(field), message,
                    (a, b) -> a + " " + b));
        }
        return byField;
    }

    String describe(ProblemException problem, Locale locale) {
        return problems.describe(problem, locale);
    }

    /** The horizon is about the day; the other rules name the booking's fields. */
    private static String formField(RuleViolation violation) {
        return "horizon".equals(violation.rule()) ? "date" : formField(violation.field());
    }

    private static String formField(String domainField) {
        return switch (domainField) {
            case "startsAt" -> "start";
            case "endsAt" -> "end";
            case "attendees" -> "attendees";
            case "date", "slot.date" -> "date";
            case "title" -> "title";
            case "note" -> "note";
            default -> FORM;
        };
    }

    private String overlap(ProblemException problem, ResourceView resource, LocalDate date, Locale locale) {
        if (!(problem.properties().get("conflict") instanceof Map<?, ?> conflict)) {
            // the other booking was cancelled meanwhile; the domain could not name its times
            return messages.getMessage("problem.booking-overlap.gone", new Object[] {resource.name()},
                    problem.getMessage(), locale);
        }
        ZonedDateTime from = OffsetDateTime.parse(String.valueOf(conflict.get("startsAt")))
                .atZoneSameInstant(resource.timeZone());
        ZonedDateTime to = OffsetDateTime.parse(String.valueOf(conflict.get("endsAt")))
                .atZoneSameInstant(resource.timeZone());
        return messages.getMessage("problem.booking-overlap",
                new Object[] {resource.name(), time(from, date, locale), time(to, date, locale)},
                problem.getMessage(), locale);
    }

    /** A time on the day being booked reads "09:00"; on another day the day is named too. */
    private String time(ZonedDateTime time, LocalDate date, Locale locale) {
        String pattern = time.toLocalDate().equals(date) ? "HH:mm"
                : messages.getMessage("format.dayTime", null, "EEE d MMM, HH:mm", locale);
        return DateTimeFormatter.ofPattern(pattern, locale).format(time);
    }
}
