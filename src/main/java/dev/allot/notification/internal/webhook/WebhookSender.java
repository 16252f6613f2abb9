package dev.allot.notification.internal.webhook;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.allot.notification.WebhookDeliveryStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Posts one delivery and records the attempt. A 2xx answer delivers it; anything else (another
 * status, a refused connection, a timeout) is thrown while attempts remain, so db-scheduler retries
 * the task with exponential backoff, and recorded as failed after the last one.
 */
@Component
class WebhookSender {

    static final String TASK = "deliver-webhook";
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final WebhookProperties properties;
    private final HttpClient http;
    private final Clock clock;

    WebhookSender(WebhookRepository webhooks, WebhookProperties properties, Clock clock, WebhookTargets targets) {
        this.targets = targets;
        this.webhooks = webhooks;
        this.properties = properties;
        this.clock = clock;
        // Redirects are not followed: a receiver that moved answers 3xx, which counts as a failed attempt.
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Thrown to have the task retried; short, since the delivery log already says what went wrong. */
    static final class AttemptFailed extends RuntimeException {

        AttemptFailed(String message) {
            super(message, null, false, false);
        }
    }

    private record Outcome(@Nullable Integer statusCode, @Nullable String error) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    void deliver(WebhookRequest request) {
        var found = webhooks.pending(request.deliveryId());
        if (found.isEmpty()) {
            return; // delivered or given up already, or the webhook was deleted
        }
        WebhookRepository.PendingDelivery delivery = found.get();
        int attempts = delivery.attempts() + 1;
        var refused = targets.refusalNow(delivery.url());
        if (refused.isPresent()) {
            // Not a failure to retry: the name now leads where webhooks may not go.
            webhooks.recordAttempt(delivery.id(), attempts, WebhookDeliveryStatus.FAILED, null, refused.get(), null);
            log.warn("Webhook delivery {} not sent: {}", delivery.id(), refused.get());
            return;
        }
        Outcome outcome = post(delivery);
        if (outcome.delivered()) {
            webhooks.recordAttempt(delivery.id(), attempts, WebhookDeliveryStatus.DELIVERED, outcome.statusCode(),
                    null, clock.instant());
        } else if (attempts >= properties.maxAttempts()) {
            webhooks.recordAttempt(delivery.id(), attempts, WebhookDeliveryStatus.FAILED, outcome.statusCode(),
                    outcome.error(), null);
            log.warn("Webhook delivery {} failed after {} attempts: {}", delivery.id(), attempts, outcome.error());
        } else {
            webhooks.recordAttempt(delivery.id(), attempts, WebhookDeliveryStatus.PENDING, outcome.statusCode(),
                    outcome.error(), null);
            throw new AttemptFailed("Webhook delivery " + delivery.id() + ", attempt " + attempts + ": "
                    + outcome.error());
        }
    }

    private Outcome post(WebhookRepository.PendingDelivery delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Allot-Webhooks")
                    .header("X-Allot-Event", delivery.eventType())
                    .header("X-Allot-Delivery", String.valueOf(delivery.id()))
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            return new Outcome(code, code >= 200 && code < 300 ? null : "HTTP " + code);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, shorten(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    @Configuration(proxyBeanMethods = false)
    static class WebhookTask {

        /** Retries wait retry-base, then twice that, and so on; the sender decides when to stop. */
        @Bean
        OneTimeTask<WebhookRequest> webhookTask(WebhookSender sender, WebhookProperties properties,
                io.micrometer.core.instrument.MeterRegistry meters) {
            return Tasks.oneTime(TASK, WebhookRequest.class)
                    .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryBase(), 2.0))
                    .execute((instance, context) -> dev.allot.notification.internal.DeliveryMeter.count(meters,
                            "webhook", () -> sender.deliver(instance.getData())));
        }
    }
}
