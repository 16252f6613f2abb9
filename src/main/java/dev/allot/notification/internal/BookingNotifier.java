package dev.allot.notification.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.notification.NotificationChannel;
import dev.allot.notification.NotificationPreferences;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns booking events into notifications. It runs inside the transaction that changed the booking,
 * so a committed change always gets its notifications and a rolled-back one never does. The inbox is
 * a table of the same database, so its message is written right here, in that transaction; email
 * and messengers talk to other systems and go through db-scheduler tasks (written through the same
 * transaction), which retry on failure. Writing the inbox row directly instead of through a task
 * saved about a third of the database statements of a booking (docs/performance.md).
 */
@Component
class BookingNotifier {

    private final SchedulerClient scheduler;
    private final InboxWriter inbox;
    private final OneTimeTask<DeliveryRequest> email;
    private final OneTimeTask<MessengerDelivery.Request> messenger;
    private final EmailChannel emailChannel;
    private final MessengerDelivery messengers;
    private final NotificationPreferences preferences;
    private final Identity identity;
    private final Clock clock;

    BookingNotifier(SchedulerClient scheduler, InboxWriter inbox,
            @Qualifier("emailTask") OneTimeTask<DeliveryRequest> email,
            OneTimeTask<MessengerDelivery.Request> messenger, EmailChannel emailChannel, MessengerDelivery messengers,
            NotificationPreferences preferences, Identity identity, Clock clock) {
        this.scheduler = scheduler;
        this.inbox = inbox;
        this.email = email;
        this.messenger = messenger;
        this.emailChannel = emailChannel;
        this.messengers = messengers;
        this.preferences = preferences;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener
    void created(BookingCreated event) {
        BookingView booking = event.booking();
        send("booking-created", booking, booking.bookedBy(), null, null);
        if (booking.status() == BookingStatus.PENDING) {
            identity.activeAdmins().forEach(admin -> send("approval-needed", booking, admin.id(), null, null));
        }
    }

    @EventListener
    void approved(BookingApproved event) {
        send("booking-approved", event.booking(), event.booking().bookedBy(), event.actor(), null);
    }

    @EventListener
    void rejected(BookingRejected event) {
        send("booking-rejected", event.booking(), event.booking().bookedBy(), event.actor(), event.booking().reason());
    }

    @EventListener
    void cancelled(BookingCancelled event) {
        // People who cancel their own booking know it; tell them when someone else did.
        if (!event.actor().equals(event.booking().bookedBy())) {
            send("booking-cancelled", event.booking(), event.booking().bookedBy(), event.actor(),
                    event.booking().reason());
        }
    }

    @EventListener
    void changed(BookingChanged event) {
        BookingView booking = event.after();
        long version = booking.updatedAt().toEpochMilli();
        send(new DeliveryRequest("booking-changed", booking.id().value(), booking.bookedBy().value(),
                event.actor().value(), null, version), booking.bookedBy(), booking);
        if (booking.status() == BookingStatus.PENDING && event.before().status() != BookingStatus.PENDING) {
            identity.activeAdmins().forEach(admin -> send(new DeliveryRequest("approval-needed",
                    booking.id().value(), admin.id().value(), null, null, version), admin.id(), booking));
        }
    }

    private void send(String kind, BookingView booking, UserId recipient, @Nullable UserId actor,
            @Nullable String reason) {
        send(new DeliveryRequest(kind, booking.id().value(), recipient.value(), actor == null ? null : actor.value(),
                reason), recipient, booking);
    }

    private void send(DeliveryRequest request, UserId recipient, BookingView booking) {
        String kind = request.kind();
        // Only to the channels the recipient has not turned off for this kind of news.
        if (preferences.wants(recipient, kind, NotificationChannel.INBOX)) {
            inbox.write(request, booking);
        }
        if (emailChannel.enabled() && preferences.wants(recipient, kind, NotificationChannel.EMAIL)) {
            scheduler.scheduleIfNotExists(email.instance(request.key(), request), clock.instant());
        }
        for (NotificationChannel channel : messengers.channels()) {
            if (preferences.wants(recipient, kind, channel)) {
                var message = new MessengerDelivery.Request(channel, request);
                scheduler.scheduleIfNotExists(messenger.instance(message.key(), message), clock.instant());
            }
        }
    }
}
