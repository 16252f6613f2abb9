package dev.allot.booking.internal;

import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCheckedIn;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingEvent;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingView;
import dev.allot.booking.BookingsImported;
import dev.allot.booking.SeriesActed;
import dev.allot.notification.WebhookEvent;
import dev.allot.notification.Webhooks;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Hands booking events to the webhooks, after the booking's transaction, from the events it stored
 * (ADR 26):
 * {@code {"id", "type": "booking.created", "occurredAt", "booking": {...}}}.
 */
@Component
class BookingWebhooks implements NewsConsumer {

    private final Webhooks webhooks;

    BookingWebhooks(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** The booking as a receiver sees it: ids, times as UTC instants, and the site's zone for display. */
    record Booking(long id, String status, String title, int attendees, Instant startsAt, Instant endsAt,
            String timeZone, long resourceId, String resourceName, String resourceKind, long siteId, long bookedBy,
            @Nullable String reason) {

        static Booking of(BookingView booking) {
            return new Booking(booking.id().value(), booking.status().name(), booking.title(), booking.attendees(),
                    booking.startsAt(), booking.endsAt(), booking.timeZone().getId(), booking.resourceId().value(),
                    booking.resourceName(), booking.resourceKind().name(), booking.siteId().value(),
                    booking.bookedBy().value(), booking.reason());
        }
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public void on(BookingEvent event) {
        switch (event) {
            case BookingCreated created -> publish("booking.created", event, created.booking());
            case BookingApproved approved -> publish("booking.approved", event, approved.booking());
            case BookingRejected rejected -> publish("booking.rejected", event, rejected.booking());
            case BookingCancelled cancelled -> publish("booking.cancelled", event, cancelled.booking());
            case BookingChanged changed -> publish("booking.changed", event, changed.after());
            case BookingCheckedIn checkedIn -> {
                // not a webhook event (yet)
            }
            case BookingsImported imported -> {
                // an import is not news: no webhook, as no notification
            }
            case SeriesActed acted -> {
                // each occurrence has its own event, and its own webhook
            }
        }
    }

    @Override
    public boolean wants(BookingEvent event) {
        return NewsConsumer.super.wants(event) && !(event instanceof SeriesActed);
    }

    private void publish(String type, BookingEvent event, BookingView booking) {
        webhooks.publish(new WebhookEvent(type, event.occurredAt(), Map.of("booking", Booking.of(booking))));
    }
}
