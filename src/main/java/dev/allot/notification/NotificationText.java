package dev.allot.notification;

import java.io.Serializable;
import java.util.List;

/**
 * Words to be put in the recipient's language when the notification is delivered: a message code
 * of Spring's {@code MessageSource} and its arguments. An argument is a {@link String}, a number, an
 * {@link java.time.Instant} or a {@link TimeRange} (pass ids as strings: numbers get the
 * language's digit grouping); instants and ranges are written in the
 * recipient's zone, in 24-hour form, e.g. "Mon 7 Dec 2026, 09:00–10:00 (Europe/Berlin)". A
 * {@link java.time.LocalDate} is written as a day, a {@link java.time.DayOfWeek} by its name, a nested
 * {@code NotificationText} in the same language, and a list as its items joined by commas.
 */
public record NotificationText(String code, List<Serializable> arguments) implements Serializable {

    public NotificationText {
        arguments = List.copyOf(arguments);
    }

    public static NotificationText of(String code, Serializable... arguments) {
        return new NotificationText(code, List.of(arguments));
    }
}
