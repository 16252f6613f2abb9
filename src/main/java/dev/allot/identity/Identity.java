package dev.allot.identity;

import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.util.Optional;

/** The identity module's API: who people are and what they may do. */
public interface Identity {

    /** Signs a person up with the configured default role; 409 when the email is taken. */
    UserView register(Registration registration);

    /**
     * Admins add many people at once (403 for others), all or nothing: 409 when an email is taken or repeated, 400
     * for an unknown locale. Everyone gets {@code initialPassword}, hashed once for the whole batch
     * (hashing is deliberately slow), and changes it in their profile. One {@link UserRegistered}
     * per person.
     */
    java.util.List<UserId> importPeople(java.util.List<NewPerson> people, String initialPassword, CurrentUser admin);

    /**
     * Exchanges email and password for an API token. Repeated failures for one email or from one
     * client address are throttled (429).
     */
    AccessToken issueToken(String email, String password, String clientAddress);

    /** Revokes one API token (sign out); unknown tokens are ignored. */
    void revokeToken(String token);

    UserView updateProfile(UserId id, String displayName);

    /** The language (en, ru; null for the browser's) and the usual site (null for none) of a person. */
    UserView updatePreferences(UserId id, @org.jspecify.annotations.Nullable String locale,
            @org.jspecify.annotations.Nullable Long homeSiteId);

    /** Everyone who may approve bookings: the active admins. */
    java.util.List<UserView> activeAdmins();

    /** People by id, for showing names next to bookings; unknown ids are left out. */
    java.util.Map<UserId, UserView> usersByIds(java.util.Set<UserId> ids);

    /** The principal for a person, as it is now (role, preferences), if they are still active. */
    Optional<CurrentUser> currentUser(UserId id);

    /**
     * Changes a password after checking the current one; every other token of the person stops
     * working, {@code keepToken} (the one making the change) stays valid.
     */
    void changePassword(UserId id, String currentPassword, String newPassword, String keepToken);

    /** Checks email and password (throttled like {@link #issueToken}) for a browser session. */
    CurrentUser signIn(String email, String password, String clientAddress);

    UserView user(UserId id);

    Optional<UserView> findUser(UserId id);

    /** Everyone, for the admins' people list (403 for others). */
    Page<UserView> users(PageRequest page, CurrentUser admin);

    /** An admin ({@code actor}; 403 for others) changes a person's role; 409 {@code last-admin}. */
    UserView changeRole(UserId id, Role role, CurrentUser actor);

    /** An admin ({@code actor}; 403 for others) deactivates a person; their tokens stop working at once. */
    UserView deactivate(UserId id, CurrentUser actor);
}
