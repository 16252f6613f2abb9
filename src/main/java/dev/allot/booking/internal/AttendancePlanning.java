package dev.allot.booking.internal;

import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCheckedIn;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingView;
import dev.allot.space.ResourceKind;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each desk booking's confirmation in step with the booking, in the booking's transaction: a
 * new one gets its question time and deadline (and counts as "yes" when booked after the question
 * time: the person has just said they want it); one moved to another day starts again; a check-in
 * is a "yes"; one cancelled otherwise has nothing more to ask. Imported bookings are history and
 * are not confirmed.
 */
@Component
class AttendancePlanning {

    private final AttendanceRepository confirmations;
    private final AttendanceProperties properties;

    AttendancePlanning(AttendanceRepository confirmations, AttendanceProperties properties) {
        this.confirmations = confirmations;
        this.properties = properties;
    }

    @EventListener
    void on(BookingCreated created) {
        plan(created.booking(), created.occurredAt());
    }

    @EventListener
    void on(BookingChanged changed) {
        BookingView before = changed.before();
        BookingView after = changed.after();
        if (!AttendanceSchedule.day(before.startsAt(), before.timeZone())
                .equals(AttendanceSchedule.day(after.startsAt(), after.timeZone()))) {
            plan(after, changed.occurredAt());
        }
    }

    @EventListener
    void on(BookingCheckedIn checkedIn) {
        confirmations.coming(checkedIn.booking().id().value(), checkedIn.actor().value(),
                checkedIn.occurredAt().toEpochMilli());
    }

    @EventListener
    void on(BookingCancelled cancelled) {
        confirmations.forget(cancelled.booking().id().value());
    }

    @EventListener
    void on(BookingRejected rejected) {
        confirmations.forget(rejected.booking().id().value());
    }

    private void plan(BookingView booking, Instant now) {
        if (!properties.isEnabled() || booking.resourceKind() != ResourceKind.DESK || !booking.status().active()) {
            return;
        }
        AttendanceSchedule schedule = AttendanceSchedule.of(properties);
        LocalDate day = AttendanceSchedule.day(booking.startsAt(), booking.timeZone());
        Instant askAt = schedule.askAt(day, booking.timeZone());
        Instant releaseAt = schedule.releaseAt(day, booking.timeZone());
        boolean bookedAfterTheQuestion = !now.isBefore(askAt);
        confirmations.plan(booking.id().value(), askAt.toEpochMilli(), releaseAt.toEpochMilli(),
                bookedAfterTheQuestion ? booking.bookedBy().value() : null, now.toEpochMilli());
    }
}
