package dev.allot.booking.internal;

import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.BookingId;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserDeactivated;
import dev.allot.platform.ProblemException;
import dev.allot.booking.PresenceId;
import dev.allot.space.ResourceId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person removed from the directory (deactivated) keeps no desk or room: their current and future
 * active bookings, their places in desk lines and their fixed desk are given up; the bookings are cancelled by the admin who removed them, with a reason, through the cancel use
 * case, in the deactivation's own transaction. So the slots show free to colleagues at once, each
 * cancellation is audited and announced like any other, and a failure undoes the removal too.
 */
@Component
class LeavingPeople {

    private static final int CHUNK = 500;

    private final BookingRepository bookings;
    private final CancellingBookings cancelling;
    private final PresenceRepository presences;
    private final DeskLine line;
    private final DeskRepository desks;
    private final DeskSettings deskSettings;
    private final Identity identity;
    private final MessageSource messages;
    private final Clock clock;

    LeavingPeople(BookingRepository bookings, CancellingBookings cancelling, PresenceRepository presences,
            DeskLine line, DeskRepository desks, DeskSettings deskSettings, Identity identity, MessageSource messages,
            Clock clock) {
        this.bookings = bookings;
        this.cancelling = cancelling;
        this.presences = presences;
        this.line = line;
        this.desks = desks;
        this.deskSettings = deskSettings;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    private List<BookingRow> activeOrFuture(UserDeactivated event) {
        return bookings.find(new BookingQuery(event.userId(), null, null, clock.instant(), null, BookingStatus.ACTIVE),
                0, CHUNK);
    }

    @EventListener
    void on(UserDeactivated event) {
        CurrentUser admin = identity.currentUser(event.actor())
                .orElseThrow(() -> new IllegalStateException("The admin " + event.actor() + " is not active"));
        Locale locale = admin.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(admin.locale());
        String reason = messages.getMessage("directory.leaving.reason", null, "The person has left", locale);
        // Cancelled ones leave the query, so the first chunk is read again until it is empty.
        for (List<BookingRow> chunk = activeOrFuture(event); !chunk.isEmpty(); chunk = activeOrFuture(event)) {
            for (BookingRow booking : chunk) {
                try {
                    cancelling.cancel(new CancelBooking(new BookingId(booking.id()), reason), admin);
                } catch (ProblemException endedMeanwhile) {
                    if (!endedMeanwhile.type().equals("booking-ended")) {
                        throw endedMeanwhile;
                    }
                }
            }
        }
        // nor a place in a line (their offers go to the next), nor a fixed desk
        String yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1).toString();
        presences.of(event.userId().value(), yesterday).stream()
                .filter(presence -> presence.status().standing())
                .forEach(presence -> line.cancel(new PresenceId(presence.id()), admin));
        desks.fixedOf(event.userId().value())
                .ifPresent(fixed -> deskSettings.remove(new ResourceId(fixed.resourceId()), admin));
    }
}
