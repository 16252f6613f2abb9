package dev.allot.gathering;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One person's standing at an event, as its host (or an accepted guest) sees it. */
public record ParticipantView(GatheringId gathering, PersonRef person, boolean host, ParticipationState state,
        @Nullable PersonRef invitedBy, Instant createdAt, Instant updatedAt) {}
