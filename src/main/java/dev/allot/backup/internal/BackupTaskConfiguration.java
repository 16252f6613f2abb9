package dev.allot.backup.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily backup (db-scheduler: one node), at {@code allot.backup.at} UTC unless {@code allot.backup.daily=false}. */
@Configuration(proxyBeanMethods = false)
class BackupTaskConfiguration {

    static final String TASK = "backup";

    @Bean
    @ConditionalOnProperty(name = "allot.backup.daily", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> dailyBackupTask(SqliteBackups backups, BackupProperties properties) {
        return Tasks.recurring(TASK, Schedules.daily(ZoneOffset.UTC, properties.at()))
                .execute((instance, context) -> backups.daily());
    }
}
