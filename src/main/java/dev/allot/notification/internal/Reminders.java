package dev.allot.notification.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.identity.UserId;
import dev.allot.notification.NotificationChannel;
import dev.allot.notification.NotificationPreferences;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reminders before a booking starts. They are set in the booking's transaction and dropped in the
 * cancelling one; a reminder that finds its booking gone or moved says nothing.
 */
@Component
class Reminders {

    static final String TASK = "booking-reminder";
    static final String KIND = "booking-reminder";

    private final SchedulerClient scheduler;
    private final OneTimeTask<ReminderRequest> reminder;
    private final NotificationProperties properties;
    private final Clock clock;

    Reminders(SchedulerClient scheduler, OneTimeTask<ReminderRequest> reminder, NotificationProperties properties,
            Clock clock) {
        this.scheduler = scheduler;
        this.reminder = reminder;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void set(BookingCreated event) {
        set(event.booking());
    }

    /** A moved booking gets its reminders again, for its new start. */
    @EventListener
    void reschedule(BookingChanged event) {
        if (!event.after().startsAt().equals(event.before().startsAt())) {
            drop(event.after().id());
            set(event.after());
        }
    }

    private void set(BookingView booking) {
        Instant now = clock.instant();
        for (Duration before : properties.reminders()) {
            Instant due = booking.startsAt().minus(before);
            if (due.isAfter(now)) {
                ReminderRequest request = new ReminderRequest(booking.id().value(), booking.bookedBy().value(),
                        before.toMinutes(), booking.startsAt().toEpochMilli());
                scheduler.scheduleIfNotExists(
                        reminder.instance(ReminderRequest.instanceId(request.bookingId(), request.minutesBefore()), request),
                        due);
            }
        }
    }

    @EventListener
    void dropOnCancel(BookingCancelled event) {
        drop(event.booking().id());
    }

    @EventListener
    void dropOnReject(BookingRejected event) {
        drop(event.booking().id());
    }

    private void drop(BookingId booking) {
        for (Duration before : properties.reminders()) {
            TaskInstanceId id = TaskInstanceId.of(TASK, ReminderRequest.instanceId(booking.value(), before.toMinutes()));
            if (scheduler.getScheduledExecution(id).isPresent()) {
                scheduler.cancel(id);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ReminderTask {

        @Bean
        OneTimeTask<ReminderRequest> reminderTask(Bookings bookings, InboxWriter writer, EmailChannel email,
                MessengerDelivery messengers, NotificationPreferences preferences) {
            return Tasks.oneTime(TASK, ReminderRequest.class)
                    .onFailureRetryLater()
                    .execute((instance, context) -> {
                        ReminderRequest request = instance.getData();
                        BookingView booking = bookings.booking(new BookingId(request.bookingId()));
                        boolean unchanged = booking.status().active()
                                && booking.startsAt().toEpochMilli() == request.startsAtMillis();
                        if (unchanged) {
                            DeliveryRequest delivery = new DeliveryRequest(KIND, request.bookingId(),
                                    request.recipientId(), null, null);
                            // Chosen when it fires: the person may have changed their mind since booking.
                            UserId recipient = new UserId(request.recipientId());
                            if (preferences.wants(recipient, KIND, NotificationChannel.INBOX)) {
                                writer.write(delivery, "reminder-" + instance.getId());
                            }
                            // Sent once the inbox has it; a failure here retries the reminder, whose
                            // inbox entry then stays single through its delivery key.
                            if (email.enabled() && preferences.wants(recipient, KIND, NotificationChannel.EMAIL)) {
                                email.send(delivery);
                            }
                            for (NotificationChannel channel : messengers.channels()) {
                                if (preferences.wants(recipient, KIND, channel)) {
                                    messengers.send(channel, delivery);
                                }
                            }
                        }
                    });
        }
    }
}
