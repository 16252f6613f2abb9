package dev.allot.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.allot.identity.Identity;
import dev.allot.identity.UserView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Once a day (07:00 UTC), when errors were logged since the last digest, every active admin gets one
 * inbox notification (and an email when mail is configured) with the count and the first messages.
 * The count is this node's: with several nodes, each node's errors are reported when the digest
 * runs on it.
 */
@Component
class ErrorDigest {

    static final String TASK = "error-digest";
    static final String KIND = "error-digest";
    private static final Logger log = LoggerFactory.getLogger(ErrorDigest.class);

    private final Identity identity;
    private final NotificationRepository inbox;
    private final EmailChannel email;
    private final MessageSource messages;

    ErrorDigest(Identity identity, NotificationRepository inbox, EmailChannel email, MessageSource messages) {
        this.identity = identity;
        this.inbox = inbox;
        this.email = email;
        this.messages = messages;
    }

    /** Tells the admins; returns how many were told (none when no error was logged). */
    int run(Instant now) {
        ErrorCountingAppender.Counted counted = ErrorCountingAppender.drain();
        if (counted.count() == 0) {
            return 0;
        }
        List<UserView> admins = identity.activeAdmins();
        for (UserView admin : admins) {
            Locale locale = admin.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(admin.locale());
            Object[] arguments = {counted.count(), String.join("\n", counted.first())};
            String title = messages.getMessage("inbox.error-digest.title", arguments, KIND, locale);
            String body = messages.getMessage("inbox.error-digest.body", arguments, "", locale);
            inbox.insertOnce(admin.id().value(), KIND, title, body, null, now.toEpochMilli(),
                    KIND + "-" + now.toEpochMilli() + "-" + admin.id().value());
            if (email.enabled()) {
                try {
                    email.sendPlain(admin.email(), title, body);
                } catch (RuntimeException e) {
                    // A warning, not an error: the next digest should not be about its own email.
                    log.warn("Error digest email to user {} failed: {}", admin.id(), e.toString());
                }
            }
        }
        log.info("Error digest: {} errors reported to {} admins", counted.count(), admins.size());
        return admins.size();
    }

    @Configuration(proxyBeanMethods = false)
    static class ErrorDigestTask {

        @Bean
        RecurringTask<Void> errorDigestTask(ErrorDigest digest, Clock clock) {
            return Tasks.recurring(TASK, Schedules.daily(ZoneOffset.UTC, LocalTime.of(7, 0)))
                    .execute((instance, context) -> digest.run(clock.instant()));
        }
    }
}
