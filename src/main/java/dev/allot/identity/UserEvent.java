package dev.allot.identity;

import java.time.Instant;

/**
 * Something that happened to a person's account, published inside the transaction that made the
 * change: who did it and when. Sealed, so that a listener can handle every kind in one {@code switch}.
 */
public sealed interface UserEvent permits UserRegistered, UserRoleChanged, UserDeactivated, PersonAdded, PersonUpdated,
        TelegramLinked, TelegramUnlinked, ApiTokenIssued, ApiTokenRevoked {

    /** The person whose account it is. */
    UserId userId();

    /**
     * The person who did it: an admin, or for a sign-up (and the first admin) the new person, or for
     * a Telegram link the person claiming it.
     */
    UserId actor();

    /** When it was done, by the application's clock. */
    Instant occurredAt();
}
