package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to bookings, published inside the transaction that made the change: who
 * did it and when. Sealed, so that a listener can handle every kind in one {@code switch}.
 */
public sealed interface BookingEvent
        permits BookingCreated, BookingChanged, BookingCancelled, BookingApproved, BookingRejected, BookingCheckedIn,
        BookingsImported, SeriesActed {

    /** The person who did it; null when Allot itself did it (a release of a booking nobody confirmed, ADR 20). */
    @Nullable UserId actor();

    /** When it was done, by the application's clock. */
    Instant occurredAt();
}
