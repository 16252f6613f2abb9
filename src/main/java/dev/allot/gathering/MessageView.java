package dev.allot.gathering;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message in an event's chat; {@code editedAt} is null for one never changed. */
public record MessageView(long id, GatheringId gathering, PersonRef author, String text, Instant createdAt,
        @Nullable Instant editedAt) {}
