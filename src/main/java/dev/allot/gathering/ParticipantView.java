package dev.allot.gathering;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One person's standing at an event, as its host (or an accepted guest) sees it.
 *
 * @param rating what people said of them in this part (as host for the host, as guest for a guest)
 */
public record ParticipantView(GatheringId gathering, PersonRef person, boolean host, ParticipationState state,
        @Nullable PersonRef invitedBy, Reputation rating, Instant createdAt, Instant updatedAt) {}
