package dev.allot.booking.internal;

import dev.allot.booking.BookingActions;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with a booking, and when: the one place the use cases ask before they act, and
 * that {@link Bookings#actionsFor} asks to tell people beforehand. Each check answers the refusal
 * (the problem the use case throws), or nothing when the action may go ahead.
 */
final class BookingPolicy {

    /** How long before its start a booking can be checked in. */
    static final Duration CHECK_IN_OPENS = Duration.ofMinutes(15);

    private BookingPolicy() {}

    static BookingActions actions(BookingView booking, CurrentUser viewer, Instant now) {
        return new BookingActions(
                change(booking, viewer, now).isEmpty(),
                cancel(booking, viewer, now).isEmpty(),
                checkIn(booking, viewer, now).isEmpty(),
                decide(booking, viewer).isEmpty(),
                decide(booking, viewer).isEmpty());
    }

    /** Members change their own active bookings that have not ended; admins anyone's. */
    static Optional<ProblemException> change(BookingView booking, CurrentUser actor, Instant now) {
        if (!ownerOrAdmin(booking, actor)) {
            return Optional.of(ProblemException.forbidden(
                    "Only the person who booked, or an admin, can change this booking"));
        }
        return stillActive(booking, now);
    }

    /** As {@link #change}; the reason somebody else's cancellation needs is {@link #reasonMissing}. */
    static Optional<ProblemException> cancel(BookingView booking, CurrentUser actor, Instant now) {
        if (!ownerOrAdmin(booking, actor)) {
            return Optional.of(ProblemException.forbidden(
                    "Only the person who booked, or an admin, can cancel this booking"));
        }
        return stillActive(booking, now);
    }

    /** Whether {@code actor} may check in for this booking at all (the booker or an admin). */
    static Optional<ProblemException> checkInFor(BookingView booking, CurrentUser actor) {
        return booking.bookedBy().equals(actor.id()) || actor.isAdmin() ? Optional.empty()
                : Optional.of(ProblemException.forbidden("Only the person who booked, or an admin, can check in"));
    }

    /**
     * A confirmed booking not yet checked in, from {@link #CHECK_IN_OPENS} before its start until
     * its end.
     */
    static Optional<ProblemException> checkIn(BookingView booking, CurrentUser actor, Instant now) {
        Optional<ProblemException> refused = checkInFor(booking, actor);
        if (refused.isPresent()) {
            return refused;
        }
        if (booking.checkedInAt() != null) {
            return Optional.of(ProblemException.conflict("checked-in-already", "The booking is already checked in"));
        }
        if (booking.status() != BookingStatus.CONFIRMED) {
            return Optional.of(ProblemException.conflict("check-in-not-confirmed",
                    "Only a confirmed booking can be checked in; this one is " + lower(booking.status())));
        }
        if (!checkInWindowContains(booking.startsAt(), booking.endsAt(), now)) {
            return Optional.of(ProblemException.conflict("check-in-closed", "Check-in opens "
                            + CHECK_IN_OPENS.toMinutes() + " minutes before the booking starts and closes when it ends")
                    .with("opensAt", local(booking.startsAt().minus(CHECK_IN_OPENS), booking))
                    .with("closesAt", local(booking.endsAt(), booking)));
        }
        return Optional.empty();
    }

    /** The check-in window in words, for messages. */
    static String checkInWindow() {
        return "from " + CHECK_IN_OPENS.toMinutes() + " minutes before the start until the end";
    }

    /** Whether a check-in at {@code at} falls within the window of a booking of [startsAt, endsAt). */
    static boolean checkInWindowContains(Instant startsAt, Instant endsAt, Instant at) {
        return !at.isBefore(startsAt.minus(CHECK_IN_OPENS)) && at.isBefore(endsAt);
    }

    /** Only admins decide on bookings, whichever booking it is. */
    /** Somebody else's bookings by person are for admins; by resource or site they are for anyone. */
    static Optional<ProblemException> list(dev.allot.booking.BookingQuery query, CurrentUser viewer) {
        return query.bookedBy() == null || query.bookedBy().equals(viewer.id()) || viewer.isAdmin() ? Optional.empty()
                : Optional.of(ProblemException.forbidden("Only admins list other people's bookings by person"));
    }

    static Optional<ProblemException> decider(CurrentUser actor) {
        return actor.isAdmin() ? Optional.empty()
                : Optional.of(ProblemException.forbidden("Only admins approve or reject bookings"));
    }

    /** Admins approve or reject pending bookings. */
    static Optional<ProblemException> decide(BookingView booking, CurrentUser actor) {
        Optional<ProblemException> refused = decider(actor);
        if (refused.isPresent()) {
            return refused;
        }
        if (booking.status() != BookingStatus.PENDING) {
            return Optional.of(ProblemException.conflict("booking-not-pending",
                    "Only pending bookings can be approved or rejected; this one is " + booking.status()));
        }
        return Optional.empty();
    }

    /**
     * A reason is owed to the booker when someone else cancels their booking, and with every
     * rejection: the person is told why.
     */
    static Optional<RuleViolation> reasonMissing(@Nullable String reason, boolean required) {
        return required && reason == null
                ? Optional.of(new RuleViolation("reason-required", "reason",
                        "Give a reason, up to " + Bookings.MAX_REASON + " characters; the person will see it",
                        List.of(Bookings.MAX_REASON)))
                : Optional.empty();
    }

    /** Whether cancelling this booking owes its booker a reason. */
    static boolean cancelNeedsReason(BookingView booking, CurrentUser actor) {
        return !booking.bookedBy().equals(actor.id());
    }

    private static boolean ownerOrAdmin(BookingView booking, CurrentUser actor) {
        return actor.isAdmin() || booking.bookedBy().equals(actor.id()) && actor.canBook();
    }

    private static Optional<ProblemException> stillActive(BookingView booking, Instant now) {
        if (!booking.status().active()) {
            return Optional.of(ProblemException.conflict("booking-not-active",
                    "The booking is already " + lower(booking.status())));
        }
        if (!booking.endsAt().isAfter(now)) {
            return Optional.of(ProblemException.conflict("booking-ended", "The booking has already ended"));
        }
        return Optional.empty();
    }

    private static String lower(BookingStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String local(Instant instant, BookingView booking) {
        return instant.atZone(booking.timeZone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
