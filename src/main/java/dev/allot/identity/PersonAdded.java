package dev.allot.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An admin ({@code actor}) added a person to the directory, one by one or in a CSV import. */
public record PersonAdded(UserId userId, String displayName, @Nullable String email, Role role,
        @Nullable Long homeSiteId, @Nullable String team, UserId actor, Instant occurredAt) implements UserEvent {}
