package dev.allot.gathering;

import dev.allot.identity.UserId;
import java.time.Instant;

/** Something that happened to an event, published inside the transaction that did it. */
public sealed interface GatheringEvent
        permits GatheringPublished, GatheringChanged, GatheringCancelled, ParticipationChanged {

    GatheringId gathering();

    /** Who did it. */
    UserId actor();

    Instant at();
}
