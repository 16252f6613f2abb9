package dev.allot.notification.internal.delivery;

import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.notification.NotificationText;
import dev.allot.notification.RenderedNotification;
import dev.allot.notification.TimeRange;
import dev.allot.platform.ProblemException;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a delivery for its recipient as they are now: their current language, and times in their
 * home site's zone (the subject's zone when they have none), in 24-hour form in every language.
 */
@Component
public class MessageRenderer {

    private static final String DAY = "EEE d MMM yyyy";
    private static final String TIME = "HH:mm";

    private final Identity identity;
    private final Spaces spaces;
    private final MessageSource messages;

    MessageRenderer(Identity identity, Spaces spaces, MessageSource messages) {
        this.identity = identity;
        this.spaces = spaces;
        this.messages = messages;
    }

    /** A delivery worded for its recipient. */
    public record Rendered(UserView recipient, Locale locale, RenderedNotification message) {}

    /** Empty when the recipient is gone or deactivated: they get nothing. */
    public Optional<Rendered> render(Delivery delivery) {
        Optional<UserView> recipient = identity.findUser(new UserId(delivery.recipientId())).filter(UserView::active);
        if (recipient.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = recipient.get().locale() == null ? Locale.ENGLISH
                : Locale.forLanguageTag(recipient.get().locale());
        ZoneId zone = zone(recipient.get(), delivery.zone());
        String title = text(delivery.title(), locale, zone, delivery.kind());
        String body = delivery.body().stream()
                .map(sentence -> text(sentence, locale, zone, ""))
                .filter(sentence -> !sentence.isBlank())
                .collect(Collectors.joining(" "))
                .strip();
        List<RenderedNotification.Action> actions = delivery.actions().stream()
                .map(action -> new RenderedNotification.Action(text(action.label(), locale, zone, action.target()),
                        action.target()))
                .toList();
        return Optional.of(new Rendered(recipient.get(), locale,
                new RenderedNotification(delivery.kind(), title, body, delivery.link(), actions)));
    }

    private ZoneId zone(UserView recipient, ZoneId subjectZone) {
        if (recipient.homeSiteId() == null) {
            return subjectZone;
        }
        try {
            return spaces.site(new SiteId(recipient.homeSiteId())).timeZone();
        } catch (ProblemException siteGone) {
            return subjectZone;
        }
    }

    /** A text worded in a given language and zone, for somebody who is not a user (a guest). */
    public String text(NotificationText text, Locale locale, ZoneId zone) {
        return text(text, locale, zone, "");
    }

    private String text(NotificationText text, Locale locale, ZoneId zone, String fallback) {
        Object[] arguments = text.arguments().stream().map(argument -> argument(argument, locale, zone)).toArray();
        return messages.getMessage(text.code(), arguments, fallback, locale);
    }

    private Object argument(Object argument, Locale locale, ZoneId zone) {
        return switch (argument) {
            case Instant instant -> when(instant.atZone(zone), locale) + " (" + zone.getId() + ")";
            case TimeRange range -> range(range, locale, zone);
            case LocalDate day -> DateTimeFormatter.ofPattern(DAY, locale).format(day);
            case DayOfWeek day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
            case NotificationText nested -> text(nested, locale, zone, "");
            case List<?> list -> list.stream().map(item -> String.valueOf(argument(item, locale, zone)))
                    .collect(Collectors.joining(", "));
            default -> argument;
        };
    }

    /** "Mon 7 Dec 2026, 09:00–10:00 (Europe/Berlin)", or both days when it ends on another. */
    static String range(TimeRange range, Locale locale, ZoneId zone) {
        ZonedDateTime start = range.start().atZone(zone);
        ZonedDateTime end = range.end().atZone(zone);
        String until = start.toLocalDate().equals(end.toLocalDate())
                ? DateTimeFormatter.ofPattern(TIME, locale).format(end)
                : when(end, locale);
        String separator = start.toLocalDate().equals(end.toLocalDate()) ? "–" : " – ";
        return when(start, locale) + separator + until + " (" + zone.getId() + ")";
    }

    private static String when(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofPattern(DAY, locale).format(time) + ", "
                + DateTimeFormatter.ofPattern(TIME, locale).format(time);
    }
}
