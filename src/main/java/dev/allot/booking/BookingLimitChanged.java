package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An admin created ({@code before} null), changed or removed ({@code after} null) a fair-use limit. */
public record BookingLimitChanged(@Nullable BookingLimit before, @Nullable BookingLimit after, UserId actor,
        Instant occurredAt) {}
