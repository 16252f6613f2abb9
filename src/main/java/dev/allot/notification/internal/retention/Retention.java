package dev.allot.notification.internal.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.allot.booking.Bookings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nightly clean-up (03:30 UTC, one node): read notifications and webhook deliveries older than
 * {@code allot.retention.read-notifications} go, and bookings that ended longer ago than
 * {@code allot.retention.anonymise-bookings-after} lose what people wrote on them. Safe to re-run.
 */
@Component
class Retention {

    static final String TASK = "retention";
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    record Result(int notifications, int webhookDeliveries, int bookings) {}

    private final JdbcClient jdbc;
    private final Bookings bookings;
    private final RetentionProperties properties;

    Retention(JdbcClient jdbc, Bookings bookings, RetentionProperties properties) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.properties = properties;
    }

    @Transactional
    Result run(Instant now) {
        long keepAfter = now.minus(properties.readNotifications()).toEpochMilli();
        int notifications = jdbc.sql("delete from notification where read_at is not null and created_at < :before")
                .param("before", keepAfter)
                .update();
        int deliveries = jdbc.sql("delete from webhook_delivery where created_at < :before and status <> 'PENDING'")
                .param("before", keepAfter)
                .update();
        int anonymised = bookings.anonymiseEndedBefore(now.minus(properties.anonymiseBookingsAfter()));
        log.info("Retention: {} read notifications and {} webhook deliveries deleted, {} bookings anonymised",
                notifications, deliveries, anonymised);
        return new Result(notifications, deliveries, anonymised);
    }

    @Configuration(proxyBeanMethods = false)
    static class RetentionTask {

        @Bean
        RecurringTask<Void> retentionTask(Retention retention, Clock clock) {
            return Tasks.recurring(TASK, Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 30)))
                    .execute((instance, context) -> retention.run(clock.instant()));
        }
    }
}
