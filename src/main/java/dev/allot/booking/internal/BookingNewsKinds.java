package dev.allot.booking.internal;

import dev.allot.notification.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The kinds of booking news people choose channels for, in the order the profile page lists them. */
@Configuration(proxyBeanMethods = false)
class BookingNewsKinds {

    static final String CREATED = "booking-created";
    static final String APPROVAL_NEEDED = "approval-needed";
    static final String APPROVED = "booking-approved";
    static final String REJECTED = "booking-rejected";
    static final String CANCELLED = "booking-cancelled";
    static final String CHANGED = "booking-changed";
    static final String REMINDER = "booking-reminder";

    private static NotificationKind kind(String id) {
        return new NotificationKind(id, "news." + id + ".label");
    }

    @Bean
    @Order(100)
    NotificationKind bookingCreatedKind() {
        return kind(CREATED);
    }

    @Bean
    @Order(101)
    NotificationKind approvalNeededKind() {
        return kind(APPROVAL_NEEDED);
    }

    @Bean
    @Order(102)
    NotificationKind bookingApprovedKind() {
        return kind(APPROVED);
    }

    @Bean
    @Order(103)
    NotificationKind bookingRejectedKind() {
        return kind(REJECTED);
    }

    @Bean
    @Order(104)
    NotificationKind bookingCancelledKind() {
        return kind(CANCELLED);
    }

    @Bean
    @Order(105)
    NotificationKind bookingChangedKind() {
        return kind(CHANGED);
    }

    @Bean
    @Order(106)
    NotificationKind bookingReminderKind() {
        return kind(REMINDER);
    }
}
