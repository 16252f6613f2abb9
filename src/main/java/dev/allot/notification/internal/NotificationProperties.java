package dev.allot.notification.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param reminders how long before a booking starts its reminders go out (default one day and one hour) */
@ConfigurationProperties("allot.notification")
record NotificationProperties(List<Duration> reminders) {

    NotificationProperties {
        reminders = reminders == null ? List.of(Duration.ofDays(1), Duration.ofHours(1)) : List.copyOf(reminders);
    }
}
