package dev.allot.identity;

import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The identity module's API: who people are and what they may do. */
public interface Identity {

    /** The longest full name a person may have. */
    int MAX_NAME = 100;

    /** The longest team name. */
    int MAX_TEAM = 100;

    /** The most rows one CSV import of the directory takes. */
    int MAX_IMPORT_ROWS = 5000;

    /** Signs a person up with the configured default role; 409 when the email is taken. */
    UserView register(Registration registration);

    /**
     * {@link #register(Registration)} from {@code clientAddress}: each 409 for a taken email counts
     * against the address like a failed sign-in, so learning who has an account is as slow as guessing
     * passwords (429 {@code login-throttled} once the address has used its allowance).
     */
    UserView register(Registration registration, String clientAddress);

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
     * The principal for a browser session that began at {@code credentialsVersion}: empty once the
     * person is deactivated or their password has changed since (by them or an admin).
     */
    Optional<CurrentUser> sessionUser(UserId id, int credentialsVersion);

    /** The count of a person's credential changes, which a browser session remembers when it begins. */
    int credentialsVersion(UserId id);

    /**
     * Changes a password after checking the current one; every other token of the person stops
     * working, {@code keepToken} (the one making the change) stays valid, and every browser session
     * ends (the one making the change may carry on: see {@link #credentialsVersion}).
     */
    void changePassword(UserId id, String currentPassword, String newPassword, String keepToken);

    /**
     * Checks email and password (throttled like {@link #issueToken}) for a browser session;
     * {@code deviceToken} is the browser's device cookie, if it has one (see {@link #rememberDevice}).
     */
    CurrentUser signIn(String email, String password, String clientAddress, @Nullable String deviceToken);

    /**
     * The person someone signed in as at the company's OpenID Connect provider (ADR 36): matched by
     * {@code email}, made a member when {@code allot.oidc.create-people} allows it, their role from
     * {@code groups} when a mapping is set; 403 {@code company-sign-in-refused} for an unknown or
     * deactivated person.
     */
    CurrentUser companySignIn(@Nullable String email, @Nullable String name, java.util.Collection<String> groups);

    /** Whether people sign in with a password here ({@code allot.identity.local-passwords}, true by default). */
    boolean localPasswords();

    /**
     * The device token for a browser {@code id} just signed in from: {@code current} if it already is
     * theirs, else a new one. A browser with it is not slowed by failures from its address.
     */
    String rememberDevice(UserId id, @Nullable String current);

    UserView user(UserId id);

    Optional<UserView> findUser(UserId id);

    /** Everyone, for the admins' people list (403 for others). */
    Page<UserView> users(PageRequest page, CurrentUser admin);

    /** An admin ({@code actor}; 403 for others) changes a person's role; 409 {@code last-admin}. */
    UserView changeRole(UserId id, Role role, CurrentUser actor);

    /** An admin ({@code actor}; 403 for others) deactivates a person; their tokens stop working at once. */
    UserView deactivate(UserId id, CurrentUser actor);

    // The employee directory (ADR 18). Admins write (403 for others); everyone signed in reads the
    // colleague view of active people, admins everything.

    /** An admin adds a person; 409 {@code email-taken}, 422 {@code unknown-reference} for an unknown home site. */
    PersonView addPerson(AddPerson person, CurrentUser admin);

    /** An admin edits a person (404 unknown); 409 {@code email-taken} or {@code last-admin}. */
    PersonView updatePerson(UserId id, EditPerson person, CurrentUser admin);

    /**
     * An admin removes a person from the directory: they are deactivated (no sign-in, no booking),
     * and their current and future bookings are cancelled in the same transaction (booking listens to
     * {@link UserDeactivated}).
     */
    PersonView removePerson(UserId id, CurrentUser admin);

    /**
     * An admin imports people from CSV text with the header {@code name,email,site,team} (any order;
     * email, site and team may be missing or empty; site by name or id): every good row is added as a
     * MEMBER without a password, each refused row is reported with its line number and reason. 400 when
     * the header is wrong or the file has more than {@link #MAX_IMPORT_ROWS} rows.
     */
    DirectoryImport importDirectory(String csv, CurrentUser admin);

    /** People by name (ordered by name), as {@code viewer} may see them (see {@link PersonView}). */
    Page<PersonView> people(PeopleQuery query, PageRequest page, CurrentUser viewer);

    /** One person as {@code viewer} may see them; 404 when unknown (or, for non-admins, not active). */
    PersonView person(UserId id, CurrentUser viewer);

    /** The teams of active people, in order, for a team filter. */
    java.util.List<String> teams(CurrentUser viewer);

    /**
     * Links a Telegram account to a person, by the person themselves (the bot, once it has checked who
     * is claiming the name) or an admin; 403 for others. 409 {@code telegram-taken} when the account is
     * linked to somebody else, {@code telegram-linked} when the person has another account linked (an
     * admin unlinks it first), {@code person-inactive} for a removed person. Linking the same account
     * again changes only its name.
     */
    PersonView linkTelegram(UserId id, TelegramAccount account, CurrentUser actor);

    /** An admin unlinks a person's Telegram account (nothing happens when none is linked). */
    PersonView unlinkTelegram(UserId id, CurrentUser admin);

    /**
     * For the bot's {@code /start}, asked by a Telegram account linked to nobody yet: active people by
     * name, as a colleague sees them (no emails but admins', no Telegram links).
     */
    Page<PersonView> peopleToClaim(PeopleQuery query, PageRequest page);

    /**
     * A Telegram account that is linked to nobody claims a name from the directory (the bot's
     * {@code /start}): {@link #linkTelegram} with the person as the actor, so the same rules and the same
     * audit entry. 409 {@code telegram-linked} when the name has another account (an admin unlinks it),
     * {@code telegram-taken} when this account has another name, {@code person-inactive} for a removed
     * person, 404 for an unknown one.
     */
    PersonView claimByTelegram(UserId id, TelegramAccount account);

    /** The active person a Telegram account is linked to, for the bot. */
    Optional<CurrentUser> currentUserByTelegram(long telegramUserId);
}
