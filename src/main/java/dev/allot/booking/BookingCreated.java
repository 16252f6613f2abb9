package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;

/** A booking was made ({@code actor} booked it). */
public record BookingCreated(BookingView booking, UserId actor, Instant occurredAt) implements BookingEvent {}
