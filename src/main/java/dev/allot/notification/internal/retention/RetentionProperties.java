package dev.allot.notification.internal.retention;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param readNotifications how long read notifications and webhook deliveries are kept (default 90 days)
 * @param anonymiseBookingsAfter how long after it ended a booking keeps its title, note and reason
 *        (default two years)
 */
@ConfigurationProperties("allot.retention")
record RetentionProperties(@Nullable Duration readNotifications, @Nullable Duration anonymiseBookingsAfter) {

    RetentionProperties {
        readNotifications = readNotifications == null ? Duration.ofDays(90) : readNotifications;
        anonymiseBookingsAfter = anonymiseBookingsAfter == null ? Duration.ofDays(730) : anonymiseBookingsAfter;
    }
}
