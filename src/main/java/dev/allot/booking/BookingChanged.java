package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;

/** An active booking was moved or edited; {@code before} is how it was. */
public record BookingChanged(BookingView before, BookingView after, UserId actor, Instant occurredAt)
        implements BookingEvent {}
