package dev.allot.identity;

import java.time.Instant;

/** An admin ({@code actor}) issued an integration token. */
public record ApiTokenIssued(UserId userId, IntegrationToken token, UserId actor, Instant occurredAt)
        implements UserEvent {}
