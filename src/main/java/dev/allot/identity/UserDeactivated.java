package dev.allot.identity;

import java.time.Instant;

/** An admin ({@code actor}) deactivated a person; their tokens stopped working. */
public record UserDeactivated(UserId userId, UserId actor, Instant occurredAt) implements UserEvent {}
