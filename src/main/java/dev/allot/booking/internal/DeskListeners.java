package dev.allot.booking.internal;

import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingView;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceSaved;
import dev.allot.space.ResourceView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the line its chance whenever a desk frees, inside the transaction that freed it: any
 * cancellation of a booking that held a desk's day (by its booker, an admin, or Allot itself
 * releasing it; the actor does not matter), a rejection, a move to another day, and a new or
 * re-activated desk.
 */
@Component
class DeskListeners {

    private final DeskLine line;

    DeskListeners(DeskLine line) {
        this.line = line;
    }

    @EventListener
    void on(BookingCancelled event) {
        freed(event.booking());
    }

    @EventListener
    void on(BookingRejected event) {
        freed(event.booking());
    }

    @EventListener
    void on(BookingChanged event) {
        BookingView before = event.before();
        if (before.day() != null && !before.day().equals(event.after().day())) {
            freed(before);
        }
    }

    @EventListener
    void on(ResourceSaved event) {
        ResourceView after = event.after();
        ResourceView before = event.before();
        boolean newlyBookable = after.kind() == ResourceKind.DESK && after.active()
                && (before == null || !before.active() || before.kind() != ResourceKind.DESK
                        || !before.siteId().equals(after.siteId()));
        if (newlyBookable) {
            line.matchSite(after.siteId().value());
        }
    }

    private void freed(BookingView booking) {
        if (booking.day() != null) {
            line.match(booking.siteId().value(), booking.day());
        }
    }
}
