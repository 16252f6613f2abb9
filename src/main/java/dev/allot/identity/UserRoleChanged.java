package dev.allot.identity;

import java.time.Instant;

/** An admin ({@code actor}) changed a person's role. */
public record UserRoleChanged(UserId userId, Role from, Role to, UserId actor, Instant occurredAt)
        implements UserEvent {}
