package dev.allot.gathering.internal;

import dev.allot.notification.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The kinds of event news people choose channels for, after the desk news. */
@Configuration(proxyBeanMethods = false)
class GatheringNewsKinds {

    /** Someone asked to join my event. */
    static final String REQUEST = "gathering-request";
    /** I am invited to an event. */
    static final String INVITED = "gathering-invited";
    /** The answer to my request, or a guest's to my invitation (accepted, declined, withdrew, rejected). */
    static final String ANSWER = "gathering-answer";
    /** An event I am at changed or was called off. */
    static final String CHANGED = "gathering-changed";
    /** A day and an hour before an event I am at. */
    static final String REMINDER = "gathering-reminder";
    /** After an event I was at: rate it. */
    static final String RATE = "gathering-rate";

    @Bean
    @Order(120)
    NotificationKind gatheringRequestKind() {
        return kind(REQUEST);
    }

    @Bean
    @Order(121)
    NotificationKind gatheringInvitedKind() {
        return kind(INVITED);
    }

    @Bean
    @Order(122)
    NotificationKind gatheringAnswerKind() {
        return kind(ANSWER);
    }

    @Bean
    @Order(123)
    NotificationKind gatheringChangedKind() {
        return kind(CHANGED);
    }

    @Bean
    @Order(124)
    NotificationKind gatheringReminderKind() {
        return kind(REMINDER);
    }

    @Bean
    @Order(125)
    NotificationKind gatheringRateKind() {
        return kind(RATE);
    }

    private static NotificationKind kind(String id) {
        return new NotificationKind(id, "news." + id + ".label");
    }
}
