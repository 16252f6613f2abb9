package dev.allot.identity;

import java.time.Instant;

/** A Telegram account was linked to a person, by the person (through the bot) or an admin ({@code actor}). */
public record TelegramLinked(UserId userId, TelegramAccount account, UserId actor, Instant occurredAt)
        implements UserEvent {}
