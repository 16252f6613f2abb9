package dev.allot.notification.internal.email;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.allot.notification.GuestEmail;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Emails to people without an account (guests): one db-scheduler task per key, scheduled in the
 * sender's transaction, worded and sent when it runs, retried later when the server fails.
 */
@Component
public class GuestEmails {

    public static final String TASK = "notify-guest-email";

    private final SchedulerClient scheduler;
    private final OneTimeTask<GuestEmail> task;
    private final EmailChannel email;
    private final Clock clock;

    GuestEmails(SchedulerClient scheduler, OneTimeTask<GuestEmail> guestEmailTask, EmailChannel email, Clock clock) {
        this.scheduler = scheduler;
        this.task = guestEmailTask;
        this.email = email;
        this.clock = clock;
    }

    public void schedule(GuestEmail guest) {
        if (email.enabled()) {
            scheduler.scheduleIfNotExists(task.instance(guest.key(), guest), clock.instant());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class GuestEmailTask {

        @Bean
        OneTimeTask<GuestEmail> guestEmailTask(EmailChannel channel) {
            return Tasks.oneTime(TASK, GuestEmail.class)
                    .onFailureRetryLater()
                    .execute((instance, context) -> channel.sendToGuest(instance.getData()));
        }
    }
}
