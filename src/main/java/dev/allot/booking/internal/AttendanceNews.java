package dev.allot.booking.internal;

import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingView;
import dev.allot.booking.ReleaseReason;
import dev.allot.notification.NotificationKind;
import dev.allot.notification.NotificationRequest;
import dev.allot.notification.NotificationSubject;
import dev.allot.notification.NotificationText;
import dev.allot.notification.Notifications;
import dev.allot.notification.TimeRange;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What people hear of attendance confirmation: the question (Yes and No as links to the answer
 * page, and as action ids {@code attendance-yes:{id}} / {@code attendance-no:{id}} for messengers),
 * and the news that Allot released their booking, with the reason in their language.
 */
@Component
class AttendanceNews {

    static final String QUESTION = "attendance-question";
    static final String RELEASED = "booking-released";
    static final String YES_ACTION = "attendance-yes:";
    static final String NO_ACTION = "attendance-no:";

    private final Notifications notifications;

    AttendanceNews(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The answer page of a booking. */
    static String page(BookingView booking) {
        return "/bookings/" + booking.id().value() + "/attendance";
    }

    /** Asks the booker whether they will come; {@code occurrence} tells a second question (a moved booking) apart. */
    void ask(BookingView booking, Instant deadline, long occurrence) {
        String page = page(booking);
        notifications.send(NotificationRequest.builder(QUESTION, subject(booking),
                        NotificationText.of("attendance.question.title", booking.resourceName()), booking.timeZone())
                .to(booking.bookedBy())
                .occurrence(String.valueOf(occurrence))
                .body(NotificationText.of("attendance.question.body", booking.resourceName(),
                        new TimeRange(booking.startsAt(), booking.endsAt()), deadline))
                .link(page)
                .action(NotificationText.of("attendance.yes"), page + "?coming=yes")
                .action(NotificationText.of("attendance.no"), page + "?coming=no")
                .action(NotificationText.of("attendance.yes"), YES_ACTION + booking.id().value())
                .action(NotificationText.of("attendance.no"), NO_ACTION + booking.id().value())
                .build());
    }

    /** Allot released a booking (no actor, a release reason): its booker is told why. */
    @EventListener
    void on(BookingCancelled cancelled) {
        BookingView booking = cancelled.booking();
        if (cancelled.actor() != null || ReleaseReason.ofCode(booking.reason()).isEmpty()) {
            return;
        }
        String reason = ReleaseReason.ofCode(booking.reason()).orElseThrow().code();
        notifications.send(NotificationRequest.builder(RELEASED, subject(booking),
                        NotificationText.of("attendance.released.title", booking.resourceName()), booking.timeZone())
                .to(booking.bookedBy())
                .body(NotificationText.of("attendance.released." + reason, booking.resourceName(),
                        new TimeRange(booking.startsAt(), booking.endsAt())))
                .link("/bookings")
                .build());
    }

    private static NotificationSubject subject(BookingView booking) {
        return NotificationSubject.of(BookingNews.SUBJECT, booking.id().value());
    }

    @Configuration(proxyBeanMethods = false)
    static class Kinds {

        @Bean
        @Order(107)
        NotificationKind attendanceQuestionKind() {
            return new NotificationKind(QUESTION, "attendance.kind.question");
        }

        @Bean
        @Order(108)
        NotificationKind bookingReleasedKind() {
            return new NotificationKind(RELEASED, "attendance.kind.released");
        }
    }
}
