package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One action on several occurrences of a series: booking it, or changing, cancelling, approving or
 * rejecting this and the following occurrences or all of them. {@code series} holds the occurrences the
 * action touched, as they are now. Each occurrence also has its own event (for the audit, webhooks and
 * figures), marked as part of this action, so that people hear of the series once, not ten times.
 */
public record SeriesActed(SeriesView series, Action action, @Nullable String reason, @Nullable UserId actor,
        Instant occurredAt) implements BookingEvent {

    public enum Action { BOOKED, CHANGED, CANCELLED, APPROVED, REJECTED }
}
