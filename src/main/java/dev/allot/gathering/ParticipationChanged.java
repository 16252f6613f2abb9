package dev.allot.gathering;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One person's standing at an event moved: asked ({@code from} null), invited, accepted, rejected,
 * declined, withdrew. {@code actor} is the person themselves or the host.
 */
public record ParticipationChanged(GatheringId gathering, UserId person, @Nullable ParticipationState from,
        ParticipationState to, UserId actor, Instant at) implements GatheringEvent {}
