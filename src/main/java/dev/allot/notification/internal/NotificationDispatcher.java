package dev.allot.notification.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.allot.identity.UserId;
import dev.allot.notification.NotificationChannel;
import dev.allot.notification.NotificationRequest;
import dev.allot.notification.NotificationSubject;
import dev.allot.notification.internal.delivery.Delivery;
import dev.allot.notification.internal.delivery.NotificationKinds;
import dev.allot.notification.internal.delivery.PreferenceService;
import dev.allot.notification.internal.email.EmailChannel;
import dev.allot.notification.internal.inbox.InboxWriter;
import dev.allot.notification.internal.messenger.MessengerDelivery;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Hands each recipient's copy of a notification to the channels they chose for its kind. It runs in
 * the sender's transaction, so a committed change always gets its notifications and a rolled-back
 * one never does. The inbox is a table of the same database, so its message is written right here;
 * email and messengers talk to other systems and go through db-scheduler tasks (written through the
 * same transaction), which retry on failure. Writing the inbox row directly instead of through a task
 * saved about a third of the database statements of a booking (docs/performance.md). A notification
 * for later waits as one task per recipient and is delivered when it fires, to the channels chosen
 * then.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final SchedulerClient scheduler;
    private final NotificationKinds kinds;
    private final PreferenceService preferences;
    private final InboxWriter inbox;
    private final EmailChannel email;
    private final MessengerDelivery messengers;
    private final OneTimeTask<Delivery> emailTask;
    private final OneTimeTask<MessengerDelivery.Request> messengerTask;
    private final OneTimeTask<Delivery> dueTask;
    private final DueTaskRepository dueTasks;
    private final Clock clock;

    NotificationDispatcher(SchedulerClient scheduler, NotificationKinds kinds, PreferenceService preferences,
            InboxWriter inbox, EmailChannel email, MessengerDelivery messengers,
            @Qualifier("emailTask") OneTimeTask<Delivery> emailTask,
            OneTimeTask<MessengerDelivery.Request> messengerTask,
            @Qualifier("dueNotificationTask") OneTimeTask<Delivery> dueTask, DueTaskRepository dueTasks, Clock clock) {
        this.scheduler = scheduler;
        this.kinds = kinds;
        this.preferences = preferences;
        this.inbox = inbox;
        this.email = email;
        this.messengers = messengers;
        this.emailTask = emailTask;
        this.messengerTask = messengerTask;
        this.dueTask = dueTask;
        this.dueTasks = dueTasks;
        this.clock = clock;
    }

    void send(NotificationRequest request) {
        kinds.require(request.kind());
        Set<UserId> recipients = new LinkedHashSet<>(request.recipients());
        Instant now = clock.instant();
        UserId actor = request.actor();
        if (actor != null && recipients.remove(actor)) { // people know what they did themselves
            if (request.actorReceipt() && request.calendarEntry() != null) {
                receipt(Delivery.of(request, actor), now);
            }
        }
        for (UserId recipient : recipients) {
            Delivery delivery = Delivery.of(request, recipient);
            if (request.deliverAt() != null && request.deliverAt().isAfter(now)) {
                scheduler.scheduleIfNotExists(dueTask.instance(delivery.key(), delivery), request.deliverAt());
            } else {
                deliverNow(delivery, now);
            }
        }
    }

    /** Only the calendar entry, by email, where the person wants email of this kind. */
    private void receipt(Delivery delivery, Instant now) {
        if (email.enabled() && preferences.channels(new UserId(delivery.recipientId()), delivery.kind())
                .contains(NotificationChannel.EMAIL)) {
            scheduler.scheduleIfNotExists(emailTask.instance(delivery.key(), delivery), now);
        }
    }

    private void deliverNow(Delivery delivery, Instant now) {
        Set<NotificationChannel> wanted = preferences.channels(new UserId(delivery.recipientId()), delivery.kind());
        if (wanted.contains(NotificationChannel.INBOX)) {
            inbox.write(delivery);
        }
        if (email.enabled() && wanted.contains(NotificationChannel.EMAIL)) {
            scheduler.scheduleIfNotExists(emailTask.instance(delivery.key(), delivery), now);
        }
        for (NotificationChannel channel : messengers.channels()) {
            if (wanted.contains(channel)) {
                var message = new MessengerDelivery.Request(channel, delivery);
                scheduler.scheduleIfNotExists(messengerTask.instance(message.key(), message), now);
            }
        }
    }

    /**
     * Delivers a notification whose time has come, from its own task: the channels are chosen now (the
     * person may have changed their mind since), and email and messengers are sent right here, after
     * the inbox, so a failure retries the whole task, whose inbox entry stays single through its key.
     */
    void deliverDue(Delivery delivery) {
        Set<NotificationChannel> wanted = preferences.channels(new UserId(delivery.recipientId()), delivery.kind());
        if (wanted.contains(NotificationChannel.INBOX)) {
            inbox.write(delivery);
        }
        if (email.enabled() && wanted.contains(NotificationChannel.EMAIL)) {
            email.send(delivery);
        }
        for (NotificationChannel channel : messengers.channels()) {
            if (wanted.contains(channel)) {
                messengers.send(channel, delivery);
            }
        }
    }

    void withdraw(NotificationSubject subject, String kind) {
        for (String instance : dueTasks.waiting(DueNotifications.TASK,
                Delivery.prefix(kind, subject.type(), subject.id()))) {
            TaskInstanceId id = TaskInstanceId.of(DueNotifications.TASK, instance);
            try {
                if (scheduler.getScheduledExecution(id).isPresent()) {
                    scheduler.cancel(id);
                }
            } catch (TaskInstanceCurrentlyExecutingException running) {
                // It is being delivered this very moment: too late to withdraw, and no reason to fail the change.
                log.debug("Due notification {} is being delivered; not withdrawn", instance);
            }
        }
    }
}
