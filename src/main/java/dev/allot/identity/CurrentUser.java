package dev.allot.identity;

import dev.allot.platform.ProblemException;
import java.io.Serializable;
import java.security.Principal;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person a request acts for (the security principal). Serializable, because a browser
 * session that holds it may be stored in the database (allot.web.shared-sessions), where the
 * session is indexed by {@link #getName()}, the person's id.
 *
 * @param email lower-cased, or null for people without one (they sign in through the bot only)
 * @param locale the language they chose (en, ru), or null for the browser's
 * @param homeSiteId the site they usually work at, or null
 */
public record CurrentUser(UserId id, @Nullable String email, String displayName, Role role, @Nullable String locale,
        @Nullable Long homeSiteId) implements Serializable, Principal {

    public CurrentUser(UserId id, @Nullable String email, String displayName, Role role) {
        this(id, email, displayName, role, null, null);
    }

    /** The id, as the principal's name: what Spring Security and Spring Session index sessions by. */
    @Override
    public String getName() {
        return String.valueOf(id.value());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean canBook() {
        return role.includes(Role.MEMBER);
    }

    /**
     * For a facade's first line: this person, if their role includes {@code role}; otherwise 403
     * {@code forbidden} with {@code detail} ("Only admins manage sites"), whichever channel called.
     */
    public CurrentUser require(Role role, String detail) {
        if (!this.role.includes(role)) {
            throw ProblemException.forbidden(detail);
        }
        return this;
    }

    /** {@link #require(Role, String)} for {@link Role#ADMIN}. */
    public CurrentUser requireAdmin(String detail) {
        return require(Role.ADMIN, detail);
    }
}
