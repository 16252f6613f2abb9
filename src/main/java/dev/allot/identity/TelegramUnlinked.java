package dev.allot.identity;

import java.time.Instant;

/** An admin ({@code actor}) unlinked a person's Telegram account, so that the name can be claimed again. */
public record TelegramUnlinked(UserId userId, TelegramAccount account, UserId actor, Instant occurredAt)
        implements UserEvent {}
