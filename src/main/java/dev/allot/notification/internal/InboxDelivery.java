package dev.allot.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery task. Safe to run again (the delivery key is unique) and on any node (db-scheduler
 * picks each task once); a failure is retried later.
 */
@Configuration(proxyBeanMethods = false)
class InboxDelivery {

    static final String TASK = "deliver-notification";

    @Bean
    OneTimeTask<DeliveryRequest> deliveryTask(InboxWriter writer) {
        return Tasks.oneTime(TASK, DeliveryRequest.class)
                .onFailureRetryLater()
                .execute((instance, context) -> writer.write(instance.getData(), instance.getData().key()));
    }
}
