package dev.allot.notification.internal;

import dev.allot.booking.BookingId;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words booking news in the recipient's language (times in the site's zone) and puts it in their
 * inbox, once per delivery key, so that a task run twice writes once. The email channel words its
 * messages here too.
 */
@Component
class InboxWriter {

    private final Bookings bookings;
    private final Identity identity;
    private final NotificationRepository inbox;
    private final MessageSource messages;
    private final Clock clock;

    InboxWriter(Bookings bookings, Identity identity, NotificationRepository inbox, MessageSource messages,
            Clock clock) {
        this.bookings = bookings;
        this.identity = identity;
        this.inbox = inbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** A piece of news worded for its recipient. */
    record Message(UserView recipient, Locale locale, String title, String body, BookingView booking) {}

    void write(DeliveryRequest request, String deliveryKey) {
        compose(request).ifPresent(message -> insert(request, message, deliveryKey));
    }

    /** Writes the news of a booking as it is now (the caller has it at hand), under the request's key. */
    void write(DeliveryRequest request, BookingView booking) {
        compose(request, booking).ifPresent(message -> insert(request, message, request.key()));
    }

    private void insert(DeliveryRequest request, Message message, String deliveryKey) {
        inbox.insertOnce(request.recipientId(), request.kind(), message.title(), message.body(), "/bookings",
                clock.millis(), deliveryKey);
    }

    /** The news for an active recipient, in their language; empty when they are gone or deactivated. */
    Optional<Message> compose(DeliveryRequest request) {
        return compose(request, null);
    }

    private Optional<Message> compose(DeliveryRequest request, @Nullable BookingView known) {
        Optional<UserView> recipient = identity.findUser(new UserId(request.recipientId()));
        if (recipient.isEmpty() || !recipient.get().active()) {
            return Optional.empty();
        }
        BookingView booking = known != null ? known : bookings.booking(new BookingId(request.bookingId()));
        Locale locale = recipient.get().locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(recipient.get().locale());
        ZonedDateTime start = booking.startsAt().atZone(booking.timeZone());
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(start) + "–" + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(booking.endsAt().atZone(booking.timeZone()));
        String actor = request.actorId() == null ? ""
                : identity.findUser(new UserId(request.actorId())).map(UserView::displayName).orElse("");
        String reason = request.reason() == null ? "" : request.reason();
        Object[] arguments = {booking.resourceName(), when, booking.timeZone().getId(), actor, reason, booking.title()};
        String title = messages.getMessage("inbox." + request.kind() + ".title", arguments, request.kind(), locale);
        String body = messages.getMessage("inbox." + request.kind() + ".body", arguments, "", locale);
        if (!reason.isEmpty()) {
            body = body + " " + messages.getMessage("inbox.reason", arguments, "", locale);
        }
        return Optional.of(new Message(recipient.get(), locale, title, body.strip(), booking));
    }
}
