package dev.allot.notification.internal.retention;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param readNotifications how long read notifications and webhook deliveries are kept (default 90 days)
 */
@ConfigurationProperties("allot.retention")
record RetentionProperties(@Nullable Duration readNotifications) {

    RetentionProperties {
        readNotifications = readNotifications == null ? Duration.ofDays(90) : readNotifications;
    }
}
