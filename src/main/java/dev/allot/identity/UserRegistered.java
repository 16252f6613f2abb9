package dev.allot.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's account was made; {@code actor} is the admin who added them, or the person themselves for a sign-up. */
public record UserRegistered(UserId userId, @Nullable String email, Role role, UserId actor, Instant occurredAt)
        implements UserEvent {}
