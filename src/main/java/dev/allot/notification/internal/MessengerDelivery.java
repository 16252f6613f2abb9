package dev.allot.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.allot.identity.UserId;
import dev.allot.notification.MessengerChannel;
import dev.allot.notification.NotificationChannel;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Hands notifications to the {@link MessengerChannel} beans other modules provide (none yet), one
 * retried task per message and messenger, worded like the inbox.
 */
@Component
class MessengerDelivery {

    static final String TASK = "deliver-messenger";

    /** One message to one person through one messenger. */
    record Request(NotificationChannel channel, DeliveryRequest delivery) implements Serializable {

        String key() {
            return channel + "-" + delivery.key();
        }
    }

    private final List<MessengerChannel> messengers;
    private final InboxWriter writer;

    MessengerDelivery(ObjectProvider<MessengerChannel> messengers, InboxWriter writer) {
        this.messengers = messengers.orderedStream().toList();
        this.writer = writer;
    }

    List<NotificationChannel> channels() {
        return messengers.stream().map(MessengerChannel::channel).toList();
    }

    /** Sends it now (reminders, already in a task of their own); a failure is thrown to retry later. */
    void send(NotificationChannel channel, DeliveryRequest request) {
        Optional<MessengerChannel> messenger = messengers.stream().filter(m -> m.channel() == channel).findFirst();
        if (messenger.isEmpty()) {
            // Scheduled by a node that has this messenger: leave it to that node, try again later.
            throw new IllegalStateException("No " + channel + " messenger on this node");
        }
        UserId recipient = new UserId(request.recipientId());
        if (!messenger.get().reachable(recipient)) {
            return;
        }
        writer.compose(request).ifPresent(message -> messenger.get().send(recipient, message.title(), message.body()));
    }

    @Configuration(proxyBeanMethods = false)
    static class MessengerTask {

        @Bean
        OneTimeTask<Request> messengerTask(MessengerDelivery delivery) {
            return Tasks.oneTime(TASK, Request.class)
                    .onFailureRetryLater()
                    .execute((instance, context) -> delivery.send(instance.getData().channel(), instance.getData().delivery()));
        }
    }
}
