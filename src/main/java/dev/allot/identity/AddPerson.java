package dev.allot.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An admin adds a person to the directory. Only the full name is required: people who only use the
 * Telegram bot have no email; without an email there is no password sign-in, so a password needs one.
 *
 * @param role MEMBER when null
 * @param password an initial password the person changes in their profile, or null for none
 */
public record AddPerson(
        @NotBlank @Size(max = Identity.MAX_NAME) String displayName,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable Long homeSiteId,
        @Nullable @Size(max = Identity.MAX_TEAM) String team,
        @Nullable Role role,
        @Nullable @Size(min = 8, max = 128) String password) {}
