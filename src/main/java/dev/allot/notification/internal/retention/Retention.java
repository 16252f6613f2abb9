package dev.allot.notification.internal.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
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
 * {@code allot.retention.read-notifications} go. Safe to re-run. (Bookings are anonymised by the
 * booking module's own task.)
 */
@Component
class Retention {

    static final String TASK = "retention";
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    record Result(int notifications, int webhookDeliveries) {}

    private final JdbcClient jdbc;
    private final RetentionProperties properties;

    Retention(JdbcClient jdbc, RetentionProperties properties) {
        this.jdbc = jdbc;
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
        log.info("Retention: {} read notifications and {} webhook deliveries deleted", notifications, deliveries);
        return new Result(notifications, deliveries);
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
