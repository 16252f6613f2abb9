package dev.allot.booking;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An occurrence of a series that was not booked, and why: {@code reason} is a problem type
 * ({@code booking-overlap}) or a rule ({@code horizon}, {@code opening-hours}, ...); {@code conflictingBooking}
 * the booking that holds the time, when that is the reason, and {@code heldBy} the name of who booked it
 * (colleagues see who holds which space when, ADR 30).
 */
public record SkippedOccurrence(LocalDate day, Instant startsAt, Instant endsAt, String reason, String detail,
        @Nullable BookingId conflictingBooking, @Nullable String heldBy) {

    /** An occurrence that breaks a rule: nobody holds it. */
    public SkippedOccurrence(LocalDate day, Instant startsAt, Instant endsAt, String reason, String detail,
            @Nullable BookingId conflictingBooking) {
        this(day, startsAt, endsAt, reason, detail, conflictingBooking, null);
    }
}
