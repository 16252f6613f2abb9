package dev.allot.booking.internal;

import static dev.allot.booking.internal.DeskNewsKinds.ASSIGNED;
import static dev.allot.booking.internal.DeskNewsKinds.EXPIRED;
import static dev.allot.booking.internal.DeskNewsKinds.OFFERED;

import dev.allot.booking.DeskAutoAssigned;
import dev.allot.booking.DeskEvent;
import dev.allot.booking.DeskOffered;
import dev.allot.booking.OfferExpired;
import dev.allot.booking.PresenceView;
import dev.allot.notification.NotificationRequest;
import dev.allot.notification.NotificationSubject;
import dev.allot.notification.NotificationText;
import dev.allot.notification.Notifications;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person in line (the host, for a guest) that a desk is offered to them, with Accept and
 * Decline (the offer page, and action ids for messengers), that one was booked for them, or that
 * the offer lapsed; inside the transaction of the offer.
 */
@Component
class DeskNews {

    static final String SUBJECT = "presence";

    private final Notifications notifications;
    private final Spaces spaces;

    DeskNews(Notifications notifications, Spaces spaces) {
        this.notifications = notifications;
        this.spaces = spaces;
    }

    /** The page that shows an offer with its Accept and Decline buttons. */
    static String offerPage(PresenceView presence) {
        return "/desks/offers/" + presence.id().value();
    }

    @EventListener
    void on(DeskEvent event) {
        switch (event) {
            case DeskOffered offered -> {
                PresenceView presence = offered.presence();
                String page = offerPage(presence);
                notifications.send(news(OFFERED, presence)
                        .body(NotificationText.of("news.desk-offered.until", presence.offerExpiresAt()))
                        .link(page)
                        .action(NotificationText.of("desk.offer.accept"), page)
                        .action(NotificationText.of("desk.offer.decline"), page)
                        .action(NotificationText.of("desk.offer.accept"), "presence-accept:" + presence.id().value())
                        .action(NotificationText.of("desk.offer.decline"), "presence-decline:" + presence.id().value())
                        .build());
            }
            case DeskAutoAssigned assigned -> notifications.send(news(ASSIGNED, assigned.presence())
                    .link("/bookings")
                    .build());
            case OfferExpired expired -> notifications.send(news(EXPIRED, expired.presence())
                    .link(offerPage(expired.presence()))
                    .build());
            default -> {
                // the person did it themselves, or it is an admin's setting: nothing to tell
            }
        }
    }

    /** {0} the desk, {1} the site, {2} the day (ISO), {3} the guest's name or "". */
    private NotificationRequest.Builder news(String kind, PresenceView presence) {
        SiteView site = spaces.site(presence.siteId());
        String guest = presence.guest() == null ? "" : presence.guest().name();
        String desk = presence.deskName() == null ? "" : presence.deskName();
        return NotificationRequest.builder(kind, NotificationSubject.of(SUBJECT, presence.id().value()),
                        NotificationText.of("news." + kind + ".title", desk, site.name(), presence.day().toString()),
                        site.timeZone())
                .to(presence.person())
                .body(NotificationText.of("news." + kind + ".body", desk, site.name(), presence.day().toString(), guest));
    }
}
