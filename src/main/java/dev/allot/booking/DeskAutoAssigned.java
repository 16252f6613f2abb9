package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A freed desk was booked for the first in line at once (the site's auto-assign). */
public record DeskAutoAssigned(PresenceView presence, BookingView booking, @Nullable UserId actor, Instant occurredAt) implements DeskEvent {}
