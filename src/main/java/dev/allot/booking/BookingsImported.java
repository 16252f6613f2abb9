package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import java.util.List;

/**
 * One import batch, with every booking it stored (all statuses), published once for the whole
 * batch. No {@link BookingCreated} is published for imported bookings: nobody is notified of them.
 */
public record BookingsImported(List<BookingView> bookings, UserId actor, Instant occurredAt)
        implements BookingEvent {}
