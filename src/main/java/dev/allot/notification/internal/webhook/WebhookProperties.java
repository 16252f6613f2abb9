package dev.allot.notification.internal.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhook deliveries are tried.
 *
 * @param retryBase the wait before the first retry; each further retry waits twice as long (default 10 s)
 * @param maxAttempts attempts in all, the first included, before a delivery is recorded as failed (default 5)
 * @param connectTimeout how long to wait for the receiver's connection (default 5 s)
 * @param timeout how long to wait for the receiver's answer (default 10 s)
 * @param allowedPrivateTargets host names, addresses or CIDR ranges on loopback or a private network that
 *     webhooks may still go to (none by default; {@link WebhookTargets})
 */
@ConfigurationProperties("allot.webhooks")
record WebhookProperties(Duration retryBase, int maxAttempts, Duration connectTimeout, Duration timeout,
        java.util.List<String> allowedPrivateTargets) {

    WebhookProperties {
        retryBase = retryBase == null ? Duration.ofSeconds(10) : retryBase;
        maxAttempts = maxAttempts < 1 ? 5 : maxAttempts;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        allowedPrivateTargets = allowedPrivateTargets == null ? java.util.List.of() : allowedPrivateTargets;
    }
}
