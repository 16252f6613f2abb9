package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pending or confirmed booking was cancelled, by its booker or by an admin, or released by Allot
 * itself ({@code actor} null; the booking's reason is a {@link ReleaseReason} code); the view is as it
 * is now.
 */
public record BookingCancelled(BookingView booking, @Nullable UserId actor, Instant occurredAt) implements BookingEvent {}
