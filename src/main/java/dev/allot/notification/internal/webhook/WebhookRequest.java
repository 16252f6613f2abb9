package dev.allot.notification.internal.webhook;

import java.io.Serializable;

/** What one webhook task posts: a delivery row, which holds the webhook, the body and the attempts so far. */
record WebhookRequest(long deliveryId) implements Serializable {

    String key() {
        return "webhook-delivery-" + deliveryId;
    }
}
