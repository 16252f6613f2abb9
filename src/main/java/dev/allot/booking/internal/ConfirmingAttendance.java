package dev.allot.booking.internal;

import dev.allot.platform.CommandValidation;
import dev.allot.booking.AnswerAttendance;
import dev.allot.booking.AttendanceConfirmation;
import dev.allot.booking.AttendanceConfirmation.State;
import dev.allot.booking.AttendanceConfirmations;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingView;
import dev.allot.booking.ReleaseReason;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@link AttendanceConfirmations}: the booker's (or an admin's) answer. "No" releases the desk at
 * once, in the transaction that records the answer; "yes" keeps it.
 */
@Service
class ConfirmingAttendance implements AttendanceConfirmations {

    private final CommandValidation validation;
    private final AttendanceRepository confirmations;
    private final ReadingBookings reading;
    private final ReleasingBookings releasing;
    private final BookingWrites writes;
    private final Clock clock;

    ConfirmingAttendance(CommandValidation validation, AttendanceRepository confirmations, ReadingBookings reading,
            ReleasingBookings releasing, BookingWrites writes, Clock clock) {
        this.validation = validation;
        this.confirmations = confirmations;
        this.reading = reading;
        this.releasing = releasing;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public AttendanceConfirmation answer(AnswerAttendance command, CurrentUser actor) {
        validation.check(command);
        BookingView booking = reading.booking(command.id());
        mayAnswer(booking, actor).ifPresent(refusal -> {
            throw refusal;
        });
        AttendanceRepository.Row row = confirmations.find(booking.id().value()).orElseThrow(() -> notAsked(booking));
        Instant now = clock.instant();
        refusal(booking, row, now).ifPresent(refusal -> {
            throw refusal;
        });
        if (command.coming()) {
            if (!"YES".equals(row.answer())) {
                writes.write(() -> confirmations.coming(booking.id().value(), actor.id().value(), now.toEpochMilli()));
            }
        } else {
            if (booking.checkedInAt() != null) {
                throw ProblemException.conflict("checked-in-already",
                        "You have checked in already; cancel the booking if you are leaving");
            }
            releasing.release(booking.id(), ReleaseReason.NOT_COMING, actor.id(), now,
                    () -> confirmations.notComing(booking.id().value(), actor.id().value(),
                            ReleaseReason.NOT_COMING.code(), now.toEpochMilli()));
        }
        BookingView after = reading.booking(booking.id());
        AttendanceRepository.Row stored = confirmations.find(booking.id().value()).orElseThrow(() -> notAsked(after));
        AttendanceConfirmation answered = view(after, stored, clock.instant());
        boolean took = command.coming() ? answered.state() == State.COMING : answered.state() == State.RELEASED
                && answered.releaseReason() == ReleaseReason.NOT_COMING;
        if (!took) {
            // someone got there first: a release, a cancellation or a check-in in the meantime
            refusal(after, stored, now).ifPresent(refusal -> {
                throw refusal;
            });
            throw ProblemException.conflict("booking-changed", "The booking was changed meanwhile; it is now "
                    + after.status().name().toLowerCase(Locale.ROOT));
        }
        return answered;
    }

    @Override
    public Optional<AttendanceConfirmation> confirmation(BookingId id, CurrentUser viewer) {
        BookingView booking = reading.booking(id);
        mayAnswer(booking, viewer).ifPresent(refusal -> {
            throw refusal;
        });
        return confirmations.find(id.value()).map(row -> view(booking, row, clock.instant()));
    }

    @Override
    public Map<BookingId, AttendanceConfirmation> confirmations(Collection<BookingView> bookings, CurrentUser viewer) {
        Map<BookingId, AttendanceConfirmation> found = new HashMap<>();
        Map<Long, BookingView> byId = new HashMap<>();
        bookings.forEach(booking -> byId.put(booking.id().value(), booking));
        Instant now = clock.instant();
        for (AttendanceRepository.Row row : confirmations.findAll(byId.keySet())) {
            BookingView booking = byId.get(row.bookingId());
            if (mayAnswer(booking, viewer).isEmpty()) {
                found.put(booking.id(), view(booking, row, now));
            }
        }
        return found;
    }

    private static Optional<ProblemException> mayAnswer(BookingView booking, CurrentUser actor) {
        return booking.bookedBy().equals(actor.id()) && actor.canBook() || actor.isAdmin() ? Optional.empty()
                : Optional.of(ProblemException.forbidden(
                        "Only the person who booked, or an admin, can answer whether they will come"));
    }

    /** Why the booking cannot be answered now, if it cannot. */
    private static Optional<ProblemException> refusal(BookingView booking, AttendanceRepository.Row row, Instant now) {
        if (row.releasedAt() != null) {
            String reason = row.releaseReason() == null ? "" : row.releaseReason();
            return Optional.of(ProblemException.conflict("attendance-released",
                            "The desk was released already (" + reason + "); book it again if it is still free")
                    .with("reason", reason));
        }
        if (!booking.status().active()) {
            return Optional.of(ProblemException.conflict("booking-not-active",
                    "The booking is already " + booking.status().name().toLowerCase(Locale.ROOT)));
        }
        if (!booking.endsAt().isAfter(now)) {
            return Optional.of(ProblemException.conflict("booking-ended", "The booking has already ended"));
        }
        return Optional.empty();
    }

    private static ProblemException notAsked(BookingView booking) {
        return ProblemException.conflict("attendance-not-asked",
                "This booking asks no attendance confirmation: only desk bookings do, while confirmation is on");
    }

    static AttendanceConfirmation view(BookingView booking, AttendanceRepository.Row row, Instant now) {
        State state;
        if (row.releasedAt() != null) {
            state = State.RELEASED;
        } else if (!booking.status().active() || !booking.endsAt().isAfter(now)) {
            state = State.CLOSED;
        } else if ("YES".equals(row.answer()) || booking.checkedInAt() != null) {
            state = State.COMING;
        } else if (row.askedAt() != null) {
            state = State.ASKED;
        } else {
            state = State.NOT_ASKED;
        }
        Boolean coming = row.answer() == null ? (booking.checkedInAt() != null ? Boolean.TRUE : null)
                : Boolean.valueOf(row.answer().equals("YES"));
        return new AttendanceConfirmation(booking.id(), booking.timeZone(), booking.status(), state, Instant.ofEpochMilli(row.askAt()),
                Instant.ofEpochMilli(row.releaseAt()), instant(row.askedAt()), coming, instant(row.answeredAt()),
                instant(row.releasedAt()), ReleaseReason.ofCode(row.releaseReason()).orElse(null),
                state == State.NOT_ASKED || state == State.ASKED || state == State.COMING && booking.checkedInAt() == null);
    }

    private static @Nullable Instant instant(@Nullable Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
