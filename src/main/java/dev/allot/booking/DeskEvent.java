package dev.allot.booking;

import dev.allot.identity.UserId;
import java.time.Instant;

/**
 * Something that happened to presences, offers, fixed desks or a site's desk policy, published inside
 * the transaction that made the change. Sealed like {@link BookingEvent}.
 */
public sealed interface DeskEvent
        permits PresenceJoined, PresenceCancelled, DeskOffered, OfferAccepted, OfferDeclined, OfferExpired,
        DeskAutoAssigned, FixedDeskAssigned, FixedDeskRemoved, FixedDeskReleased, DeskPolicyChanged {

    /** The person who did it; null when Allot did it by itself (an offer that lapsed, a desk it assigned). */
    @org.jspecify.annotations.Nullable UserId actor();

    /** When, by the application's clock. */
    Instant occurredAt();
}
