package dev.allot.notification.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code allot_tasks_lag_seconds} (issue 15): how long the oldest due background task (a delivery, a
 * reminder, a nightly job) has waited to be picked, 0 when none is late; read from db-scheduler's table
 * on each scrape, one indexed query. db-scheduler's own counters ({@code dbscheduler_*}) say how
 * the tasks ended.
 */
@Component
class TaskLag {

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskLag(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("allot.tasks.lag", this, TaskLag::seconds).baseUnit("seconds")
                .description("How long the oldest due background task has waited").register(registry);
    }

    double seconds() {
        Timestamp oldest = jdbc.sql("select min(execution_time) from scheduled_tasks where picked = :picked")
                .param("picked", false)
                .query((rs, row) -> rs.getTimestamp(1))
                .optional().orElse(null);
        if (oldest == null) {
            return 0;
        }
        return Math.max(0, (clock.millis() - oldest.getTime()) / 1000.0);
    }
}
