package dev.allot.notification.internal.inbox;

import dev.allot.notification.RenderedNotification;
import dev.allot.notification.internal.delivery.Delivery;
import dev.allot.notification.internal.delivery.MessageRenderer;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Puts a delivery in the recipient's inbox, worded for them as they are when it is written, once per
 * delivery key, so that a task run twice writes once.
 */
@Component
public class InboxWriter {

    private final MessageRenderer renderer;
    private final NotificationRepository inbox;
    private final Clock clock;

    InboxWriter(MessageRenderer renderer, NotificationRepository inbox, Clock clock) {
        this.renderer = renderer;
        this.inbox = inbox;
        this.clock = clock;
    }

    public void write(Delivery delivery) {
        renderer.render(delivery).ifPresent(rendered -> {
            RenderedNotification message = rendered.message();
            inbox.insertOnce(delivery.recipientId(), delivery.kind(), message.title(), message.body(), message.link(),
                    message.actions(), clock.millis(), delivery.key());
        });
    }
}
