package dev.allot.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An admin ({@code actor}) edited a person's directory entry (a role change is a {@link UserRoleChanged}
 * of its own; a new password is said, never shown).
 */
public record PersonUpdated(UserId userId, Details before, Details after, boolean passwordChanged, UserId actor,
        Instant occurredAt) implements UserEvent {

    /** The fields of the entry an edit can change. */
    public record Details(String displayName, @Nullable String email, @Nullable Long homeSiteId,
            @Nullable String team) {}
}
