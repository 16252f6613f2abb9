package dev.allot.booking.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How booking events reach their consumers after the booking's transaction (ADR 26).
 *
 * @param batch most events a consumer handles in one transaction (100)
 * @param poll how often a node looks for events another node stored (1 s; its own wake it at once)
 * @param attempts failures after which an event is set aside for a consumer (5)
 * @param awaitInRequests whether every HTTP request waits, before and after it is handled, until every
 *     consumer has handled every stored event (tests: what a response reports has then reached the read
 *     models and inboxes, and the next page sees it; false in production)
 */
@ConfigurationProperties("allot.booking.outbox")
record BookingOutboxProperties(Integer batch, Duration poll, Integer attempts, Boolean awaitInRequests) {

    BookingOutboxProperties {
        batch = batch == null ? 100 : batch;
        poll = poll == null ? Duration.ofSeconds(1) : poll;
        attempts = attempts == null ? 5 : attempts;
        awaitInRequests = awaitInRequests != null && awaitInRequests;
    }
}
