package dev.allot.identity;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person a request acts for (the security principal).
 *
 * @param locale the language they chose (en, ru), or null for the browser's
 * @param homeSiteId the site they usually work at, or null
 */
public record CurrentUser(UserId id, String email, String displayName, Role role, @Nullable String locale,
        @Nullable Long homeSiteId) {

    public CurrentUser(UserId id, String email, String displayName, Role role) {
        this(id, email, displayName, role, null, null);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean canBook() {
        return role.includes(Role.MEMBER);
    }
}
