package dev.allot.notification.internal.digest;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.allot.identity.Identity;
import dev.allot.identity.UserView;
import dev.allot.notification.NotificationKind;
import dev.allot.notification.NotificationRequest;
import dev.allot.notification.NotificationSubject;
import dev.allot.notification.NotificationText;
import dev.allot.notification.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day (07:00 UTC), when errors were logged since the last digest, every active admin gets one
 * notification (inbox, and email when mail is configured, unless they turned it off) with the count
 * and the first messages. The count is this node's: with several nodes, each node's errors are
 * reported when the digest runs on it.
 */
@Component
class ErrorDigest {

    static final String TASK = "error-digest";
    static final String KIND = "error-digest";
    private static final Logger log = LoggerFactory.getLogger(ErrorDigest.class);

    private final Identity identity;
    private final Notifications notifications;

    ErrorDigest(Identity identity, Notifications notifications) {
        this.identity = identity;
        this.notifications = notifications;
    }

    /** Tells the admins; returns how many were told (none when no error was logged). */
    @Transactional
    int run(Instant now) {
        ErrorCountingAppender.Counted counted = ErrorCountingAppender.drain();
        if (counted.count() == 0) {
            return 0;
        }
        List<UserView> admins = identity.activeAdmins();
        String first = String.join("\n", counted.first());
        notifications.send(NotificationRequest.builder(KIND, NotificationSubject.of("error-log", now.toEpochMilli()),
                        NotificationText.of("inbox.error-digest.title", counted.count()), ZoneOffset.UTC)
                .to(admins.stream().map(UserView::id).toList())
                .body(NotificationText.of("inbox.error-digest.body", counted.count(), first))
                .build());
        log.info("Error digest: {} errors reported to {} admins", counted.count(), admins.size());
        return admins.size();
    }

    @Configuration(proxyBeanMethods = false)
    static class ErrorDigestTask {

        /** Lazy: the digest sends through the scheduler that this task is handed to. */
        @Bean
        RecurringTask<Void> errorDigestTask(@Lazy ErrorDigest digest, Clock clock) {
            return Tasks.recurring(TASK, Schedules.daily(ZoneOffset.UTC, LocalTime.of(7, 0)))
                    .execute((instance, context) -> digest.run(clock.instant()));
        }

        /** Listed after the other modules' kinds. */
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        NotificationKind errorDigestKind() {
            return new NotificationKind(KIND, "preferences.kind.error-digest");
        }
    }
}
