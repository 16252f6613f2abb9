package dev.allot.booking.internal;

import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingView;
import dev.allot.booking.Guest;
import dev.allot.identity.Identity;
import dev.allot.identity.UserView;
import dev.allot.notification.GuestEmail;
import dev.allot.notification.NotificationText;
import dev.allot.notification.Notifications;
import dev.allot.notification.TimeRange;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a guest who gave an email that a desk waits for them (with the day in their calendar), and
 * that it was cancelled: in their host's language, times in the site's zone, inside the booking's
 * transaction, once per booking and change.
 */
@Component
class GuestNews {

    private final Notifications notifications;
    private final Identity identity;
    private final Spaces spaces;

    GuestNews(Notifications notifications, Identity identity, Spaces spaces) {
        this.notifications = notifications;
        this.identity = identity;
        this.spaces = spaces;
    }

    @EventListener
    void on(BookingCreated created) {
        tell(created.booking(), "booked");
    }

    @EventListener
    void on(BookingCancelled cancelled) {
        tell(cancelled.booking(), "cancelled");
    }

    private void tell(BookingView booking, String what) {
        Guest guest = booking.guest();
        if (guest == null || guest.email() == null) {
            return;
        }
        UserView host = identity.user(booking.bookedBy());
        ResourceView desk = spaces.findResource(booking.resourceId()).orElse(null);
        String place = BookingCalendarEntries.location(booking, desk);
        TimeRange time = new TimeRange(booking.startsAt(), booking.endsAt());
        notifications.emailGuest(new GuestEmail("guest-" + what + ":" + booking.id().value(), guest.email(),
                host.locale() == null ? "en" : host.locale(), booking.timeZone(),
                NotificationText.of("news.guest." + what + ".title", host.displayName()),
                NotificationText.of("news.guest." + what + ".body", guest.name(), host.displayName(), place, time),
                BookingCalendarEntries.entry(booking, desk)));
    }
}
