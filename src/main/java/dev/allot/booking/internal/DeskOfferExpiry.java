package dev.allot.booking.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The durable end of a desk offer: one db-scheduler task per offered presence (its id is the
 * instance id), scheduled in the offer's transaction for the moment it lapses. Running it acts at
 * most once (a conditional update), so a repeat after a restart or on another node does nothing.
 */
@Configuration(proxyBeanMethods = false)
class DeskOfferExpiry {

    static final String TASK = "desk-offer-expiry";

    /** Lazy: the line schedules through the scheduler that this task is handed to. */
    @Bean
    OneTimeTask<Void> deskOfferExpiryTask(@Lazy DeskLine line) {
        return Tasks.oneTime(TASK)
                .onFailureRetryLater()
                .execute((instance, context) -> line.expire(Long.parseLong(instance.getId())));
    }
}
