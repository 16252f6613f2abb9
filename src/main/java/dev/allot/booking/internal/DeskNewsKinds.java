package dev.allot.booking.internal;

import dev.allot.notification.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The kinds of desk news people choose channels for, after the booking news. */
@Configuration(proxyBeanMethods = false)
class DeskNewsKinds {

    static final String OFFERED = "desk-offered";
    static final String ASSIGNED = "desk-assigned";
    static final String EXPIRED = "desk-offer-expired";

    @Bean
    @Order(110)
    NotificationKind deskOfferedKind() {
        return new NotificationKind(OFFERED, "news." + OFFERED + ".label");
    }

    @Bean
    @Order(111)
    NotificationKind deskAssignedKind() {
        return new NotificationKind(ASSIGNED, "news." + ASSIGNED + ".label");
    }

    @Bean
    @Order(112)
    NotificationKind deskOfferExpiredKind() {
        return new NotificationKind(EXPIRED, "news." + EXPIRED + ".label");
    }
}
