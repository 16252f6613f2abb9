package dev.allot.notification.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns booking events into webhook deliveries: for each active webhook, a delivery row with the
 * exact body to post and a task that posts it, both in the booking's transaction.
 */
@Component
class WebhookNotifier {

    private final WebhookRepository webhooks;
    private final SchedulerClient scheduler;
    private final OneTimeTask<WebhookRequest> task;
    private final JsonMapper json;
    private final Clock clock;

    WebhookNotifier(WebhookRepository webhooks, SchedulerClient scheduler,
            @Qualifier("webhookTask") OneTimeTask<WebhookRequest> task, JsonMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.scheduler = scheduler;
        this.task = task;
        this.json = json;
        this.clock = clock;
    }

    /** The body receivers get; {@code id} names the event, the same in every webhook's copy. */
    record Event(String id, String type, Instant occurredAt, Booking booking) {}

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

    @EventListener
    void created(BookingCreated event) {
        publish("booking.created", event.booking());
    }

    @EventListener
    void approved(BookingApproved event) {
        publish("booking.approved", event.booking());
    }

    @EventListener
    void rejected(BookingRejected event) {
        publish("booking.rejected", event.booking());
    }

    @EventListener
    void cancelled(BookingCancelled event) {
        publish("booking.cancelled", event.booking());
    }

    @EventListener
    void changed(BookingChanged event) {
        publish("booking.changed", event.after());
    }

    private void publish(String type, BookingView booking) {
        List<Long> receivers = webhooks.active();
        if (receivers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String payload = json.writeValueAsString(new Event(UUID.randomUUID().toString(), type, now,
                Booking.of(booking)));
        for (long webhookId : receivers) {
            WebhookRequest request = new WebhookRequest(webhooks.insertDelivery(webhookId, type, payload, now));
            scheduler.scheduleIfNotExists(task.instance(request.key(), request), now);
        }
    }
}
