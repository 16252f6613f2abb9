package dev.allot.notification;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.core.annotation.Order;

/**
 * What a module other than booking does to notify people, for {@link NotificationRequestIT}: it
 * declares its kind and brings its texts. A plain {@code @Configuration} (not a
 * {@code @TestConfiguration}), so that every test application context has it: the contexts of one
 * test run share a database, and any context's scheduler may deliver a notification another one sent.
 */
@Configuration(proxyBeanMethods = false)
class TestInvitations {

    static final String KIND = "test-invitation";

    @Bean
    @Order(10_000)
    NotificationKind testInvitationKind() {
        return new NotificationKind(KIND, "test-invitation.label");
    }

    @Bean
    static BeanPostProcessor testInvitationTexts() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof AbstractResourceBasedMessageSource messages) {
                    messages.addBasenames("i18n/notification-test");
                }
                return bean;
            }
        };
    }
}
