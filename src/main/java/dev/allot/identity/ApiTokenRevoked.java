package dev.allot.identity;

import java.time.Instant;

/** An admin ({@code actor}) revoked an integration token. */
public record ApiTokenRevoked(UserId userId, IntegrationToken token, UserId actor, Instant occurredAt)
        implements UserEvent {}
