package dev.allot.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.allot.notification.internal.delivery.Delivery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The task of a notification sent for later (a reminder): one per recipient, keyed by its delivery key. */
@Configuration(proxyBeanMethods = false)
class DueNotifications {

    static final String TASK = "notify-due";

    /** Lazy: the dispatcher schedules through the scheduler that this task is handed to. */
    @Bean
    OneTimeTask<Delivery> dueNotificationTask(@Lazy NotificationDispatcher dispatcher) {
        return Tasks.oneTime(TASK, Delivery.class)
                .onFailureRetryLater()
                .execute((instance, context) -> dispatcher.deliverDue(instance.getData()));
    }
}
