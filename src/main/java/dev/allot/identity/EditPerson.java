package dev.allot.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An admin edits a person: name, email, home site and team are replaced (null or blank clears the
 * optional ones); role and password only change when given.
 *
 * @param role unchanged when null; the last active admin keeps theirs (409 {@code last-admin})
 * @param password a new password, or null to keep the current one
 */
public record EditPerson(
        @NotBlank @Size(max = Identity.MAX_NAME) String displayName,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable Long homeSiteId,
        @Nullable @Size(max = Identity.MAX_TEAM) String team,
        @Nullable Role role,
        @Nullable @Size(min = 8, max = 128) String password) {}
