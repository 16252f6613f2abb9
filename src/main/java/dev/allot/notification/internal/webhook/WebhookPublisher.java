package dev.allot.notification.internal.webhook;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.allot.notification.WebhookEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an event another module publishes into webhook deliveries: for each active webhook, a
 * delivery row with the exact body to post and a task that posts it, both in the caller's transaction.
 */
@Component
class WebhookPublisher {

    private final WebhookRepository webhooks;
    private final SchedulerClient scheduler;
    private final OneTimeTask<WebhookRequest> task;
    private final JsonMapper json;

    WebhookPublisher(WebhookRepository webhooks, SchedulerClient scheduler,
            @Qualifier("webhookTask") OneTimeTask<WebhookRequest> task, JsonMapper json) {
        this.webhooks = webhooks;
        this.scheduler = scheduler;
        this.task = task;
        this.json = json;
    }

    void publish(WebhookEvent event) {
        List<Long> receivers = webhooks.active();
        if (receivers.isEmpty()) {
            return;
        }
        // The body receivers get; "id" names the event, the same in every webhook's copy.
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", UUID.randomUUID().toString());
        body.put("type", event.type());
        body.put("occurredAt", event.occurredAt());
        body.putAll(event.data());
        String payload = json.writeValueAsString(body);
        Instant now = event.occurredAt();
        for (long webhookId : receivers) {
            WebhookRequest request = new WebhookRequest(webhooks.insertDelivery(webhookId, event.type(), payload, now));
            scheduler.scheduleIfNotExists(task.instance(request.key(), request), now);
        }
    }
}
