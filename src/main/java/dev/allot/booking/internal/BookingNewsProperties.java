package dev.allot.booking.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reminders how long before a booking starts its reminders go out (default one day and one
 *     hour); the key stayed {@code allot.notification.reminders} when the reminders moved here
 */
@ConfigurationProperties("allot.notification")
record BookingNewsProperties(List<Duration> reminders) {

    BookingNewsProperties {
        reminders = reminders == null ? List.of(Duration.ofDays(1), Duration.ofHours(1)) : List.copyOf(reminders);
    }
}
