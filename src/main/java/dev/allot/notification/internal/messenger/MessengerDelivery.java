package dev.allot.notification.internal.messenger;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.allot.identity.UserId;
import dev.allot.notification.MessengerChannel;
import dev.allot.notification.NotificationChannel;
import dev.allot.notification.internal.delivery.Delivery;
import dev.allot.notification.internal.delivery.MessageRenderer;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Hands notifications to the {@link MessengerChannel} beans other modules provide (none yet), one
 * retried task per message and messenger, worded when it runs.
 */
@Component
public class MessengerDelivery {

    public static final String TASK = "notify-messenger";

    /** One message to one person through one messenger. */
    public record Request(NotificationChannel channel, Delivery delivery) implements Serializable {

        public String key() {
            return channel + ":" + delivery.key();
        }
    }

    private final List<MessengerChannel> messengers;
    private final MessageRenderer renderer;

    MessengerDelivery(ObjectProvider<MessengerChannel> messengers, MessageRenderer renderer) {
        this.messengers = messengers.orderedStream().toList();
        this.renderer = renderer;
    }

    public List<NotificationChannel> channels() {
        return messengers.stream().map(MessengerChannel::channel).toList();
    }

    /** Sends it now (a notification already in a task of its own); a failure is thrown to retry later. */
    public void send(NotificationChannel channel, Delivery delivery) {
        Optional<MessengerChannel> messenger = messengers.stream().filter(m -> m.channel() == channel).findFirst();
        if (messenger.isEmpty()) {
            // Scheduled by a node that has this messenger: leave it to that node, try again later.
            throw new IllegalStateException("No " + channel + " messenger on this node");
        }
        UserId recipient = new UserId(delivery.recipientId());
        if (!messenger.get().reachable(recipient)) {
            return;
        }
        renderer.render(delivery).ifPresent(rendered -> messenger.get().send(recipient, rendered.message()));
    }

    @Configuration(proxyBeanMethods = false)
    static class MessengerTask {

        @Bean
        OneTimeTask<Request> messengerTask(MessengerDelivery delivery,
                io.micrometer.core.instrument.MeterRegistry meters) {
            return Tasks.oneTime(TASK, Request.class)
                    .onFailureRetryLater()
                    .execute((instance, context) -> dev.allot.notification.internal.DeliveryMeter.count(meters,
                            instance.getData().channel().name().toLowerCase(java.util.Locale.ROOT), () -> delivery.send(instance.getData().channel(),
                                    instance.getData().delivery())));
        }
    }
}
