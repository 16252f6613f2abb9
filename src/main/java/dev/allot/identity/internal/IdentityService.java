package dev.allot.identity.internal;

import dev.allot.identity.AccessToken;
import dev.allot.identity.AddPerson;
import dev.allot.identity.DirectoryImport;
import dev.allot.identity.EditPerson;
import dev.allot.identity.PeopleQuery;
import dev.allot.identity.PersonView;
import dev.allot.identity.TelegramAccount;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.NewPerson;
import dev.allot.identity.Registration;
import dev.allot.identity.Role;
import dev.allot.identity.UserDeactivated;
import dev.allot.identity.UserId;
import dev.allot.identity.UserRegistered;
import dev.allot.identity.UserRoleChanged;
import dev.allot.identity.UserView;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class IdentityService implements Identity {

    static final java.util.List<String> SUPPORTED_LOCALES = java.util.List.of("en", "ru");

    /** Compared against when the email is unknown, so that timing does not reveal which emails exist. */
    private final String dummyHash;

    private final UserRepository users;
    private final TokenRepository tokens;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final KnownDevices devices;
    private final PasswordStrength strength;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PeopleDirectory directory;
    private final TransactionOperations transactions;
    private final CompanySignIn company;
    private final boolean localPasswords;

    IdentityService(UserRepository users, TokenRepository tokens, PasswordEncoder passwords, SignInThrottle throttle,
            KnownDevices devices, PasswordStrength strength,
            IdentityProperties properties, ApplicationEventPublisher events, Clock clock, PeopleDirectory directory,
            PlatformTransactionManager transactionManager, CompanySignIn company,
            @org.springframework.beans.factory.annotation.Value("${allot.identity.local-passwords:true}")
            boolean localPasswords) {
        this.company = company;
        this.localPasswords = localPasswords;
        this.directory = directory;
        this.transactions = new TransactionTemplate(transactionManager);
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
        this.strength = strength;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.dummyHash = passwords.encode("not-a-real-password");
    }

    @Override
    @Transactional
    public UserView register(Registration registration) {
        requireLocalPasswords();
        strength.check("password", registration.password());
        return create(registration, properties.defaultRole());
    }

    /** Not one transaction: a taken email's count must stay when the registration fails. */
    @Override
    public UserView register(Registration registration, String clientAddress) {
        SignInThrottle.Client client = new SignInThrottle.Client("", clientAddress, null);
        throttle.checkAddress(client);
        try {
            return transactions.execute(status -> register(registration));
        } catch (ProblemException e) {
            if (e.type().equals("email-taken")) {
                throw throttle.recordAddressFailure(client, e);
            }
            throw e;
        }
    }

    @Transactional
    UserView create(Registration registration, Role role) {
        String email = normalize(registration.email());
        if (users.findByEmail(email).isPresent()) {
            throw emailTaken(email);
        }
        long id;
        try {
            id = users.insert(email, registration.displayName().strip(), passwords.encode(registration.password()),
                    role, clock.millis());
        } catch (DuplicateKeyException raced) {
            throw emailTaken(email);
        }
        // Nobody else acts in a sign-up (nor for the first admin at start-up): the new person is the actor.
        events.publishEvent(new UserRegistered(new UserId(id), email, role, new UserId(id), clock.instant()));
        return user(new UserId(id));
    }

    @Override
    @Transactional
    public java.util.List<UserId> importPeople(java.util.List<NewPerson> people, String initialPassword,
            CurrentUser admin) {
        admin.requireAdmin("Only admins import people");
        strength.check("initialPassword", initialPassword);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            NewPerson person = people.get(i);
            String email = normalize(person.email());
            if (!seen.add(email) || users.findByEmail(email).isPresent()) {
                throw emailTaken(email, "people[" + i + "].email");
            }
            if (person.locale() != null && !SUPPORTED_LOCALES.contains(person.locale())) {
                throw ProblemException.invalidField("people[" + i + "].locale", "must be one of " + SUPPORTED_LOCALES);
            }
        }
        String hash = passwords.encode(initialPassword);
        long now = clock.millis();
        java.util.List<UserId> ids = new java.util.ArrayList<>(people.size());
        for (NewPerson person : people) {
            String email = normalize(person.email());
            long id;
            try {
                id = users.insert(email, person.displayName().strip(), hash, person.role(), now);
            } catch (DuplicateKeyException raced) {
                throw emailTaken(email, "people[" + ids.size() + "].email");
            }
            if (person.locale() != null || person.homeSiteId() != null) {
                users.updatePreferences(id, person.locale(), person.homeSiteId());
            }
            if (person.team() != null && !person.team().isBlank()) {
                users.updateHomeAndTeam(id, person.homeSiteId(), person.team().strip());
            }
            events.publishEvent(new UserRegistered(new UserId(id), email, person.role(), admin.id(),
                    Instant.ofEpochMilli(now)));
            ids.add(new UserId(id));
        }
        return ids;
    }

    /**
     * Not one transaction: the failure a wrong password records must stay when the sign-in fails, so the
     * check commits its own writes and the token is written after it.
     */
    @Override
    public AccessToken issueToken(String email, String password, String clientAddress) {
        UserRow user = checkPassword(email, password, clientAddress, null);
        String token = Tokens.newToken();
        long now = clock.millis();
        transactions.executeWithoutResult(status -> {
            tokens.deleteExpired(user.id(), now);
            tokens.insert(user.id(), Tokens.hash(token), now, now + properties.tokenTtl().toMillis());
        });
        return new AccessToken(token, properties.tokenTtl(), user.view());
    }

    @Override
    public CurrentUser signIn(String email, String password, String clientAddress,
            @org.jspecify.annotations.Nullable String deviceToken) {
        return checkPassword(email, password, clientAddress, deviceToken).principal();
    }

    @Override
    public CurrentUser companySignIn(@org.jspecify.annotations.Nullable String email,
            @org.jspecify.annotations.Nullable String name, java.util.Collection<String> groups) {
        return company.signIn(email, name, groups);
    }

    @Override
    public boolean localPasswords() {
        return localPasswords;
    }

    @Override
    @Transactional
    public String rememberDevice(UserId id, @org.jspecify.annotations.Nullable String current) {
        return devices.remember(id.value(), current);
    }

    private UserRow checkPassword(String email, String password, String clientAddress,
            @org.jspecify.annotations.Nullable String deviceToken) {
        requireLocalPasswords();
        String normalized = normalize(email);
        Optional<UserRow> user = users.findByEmail(normalized);
        SignInThrottle.Client client = new SignInThrottle.Client(normalized, clientAddress,
                user.map(row -> devices.knownHash(deviceToken, row.id())).orElse(null));
        boolean failedBefore = throttle.checkAllowed(client);
        // People without a password (V16) are compared against the dummy too, and refused like a wrong password.
        boolean matches = passwords.matches(password, user.map(UserRow::passwordHash).orElse(dummyHash))
                && user.map(UserRow::passwordHash).isPresent();
        if (user.isEmpty() || !matches || !user.get().active()) {
            throttle.recordFailure(client);
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "bad-credentials", "Unauthorized",
                    "Wrong email or password, or the account is deactivated");
        }
        if (failedBefore) {
            throttle.recordSuccess(client);
        }
        String hash = user.get().passwordHash();
        if (passwords.upgradeEncoding(hash)) {
            // A hash from before Argon2id (ADR 28): the same password, hashed anew, changes nothing else.
            String upgraded = passwords.encode(password);
            transactions.executeWithoutResult(status -> users.upgradePasswordHash(user.get().id(), hash, upgraded));
        }
        return user.get();
    }

    @Override
    @Transactional
    public void revokeToken(String token) {
        tokens.delete(Tokens.hash(token));
    }

    @Override
    @Transactional
    public UserView updateProfile(UserId id, String displayName) {
        user(id);
        users.updateDisplayName(id.value(), displayName.strip());
        return user(id);
    }

    @Override
    @Transactional
    public UserView updatePreferences(UserId id, @org.jspecify.annotations.Nullable String locale,
            @org.jspecify.annotations.Nullable Long homeSiteId) {
        user(id);
        if (locale != null && !SUPPORTED_LOCALES.contains(locale)) {
            throw ProblemException.invalidField("locale", "must be one of " + SUPPORTED_LOCALES);
        }
        users.updatePreferences(id.value(), locale, homeSiteId);
        return user(id);
    }

    @Override
    public java.util.List<UserView> activeAdmins() {
        return users.activeAdmins().stream().map(UserRow::view).toList();
    }

    @Override
    public java.util.Map<UserId, UserView> usersByIds(java.util.Set<UserId> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UserId, UserView> found = new java.util.HashMap<>();
        users.findByIds(ids.stream().map(UserId::value).toList())
                .forEach(row -> found.put(new UserId(row.id()), row.view()));
        return found;
    }

    @Override
    public Optional<CurrentUser> currentUser(UserId id) {
        return users.findById(id.value()).filter(UserRow::active).map(UserRow::principal);
    }

    @Override
    public Optional<CurrentUser> sessionUser(UserId id, int credentialsVersion) {
        return users.findById(id.value()).filter(UserRow::active)
                .filter(row -> row.credentialsVersion() == credentialsVersion).map(UserRow::principal);
    }

    @Override
    public int credentialsVersion(UserId id) {
        return users.findById(id.value()).map(UserRow::credentialsVersion).orElse(-1);
    }

    @Override
    @Transactional
    public void changePassword(UserId id, String currentPassword, String newPassword, String keepToken) {
        UserRow user = users.findById(id.value()).orElseThrow(() -> ProblemException.notFound("User", id));
        if (user.passwordHash() == null || !passwords.matches(currentPassword, user.passwordHash())) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "wrong-password", "Wrong password",
                    "The current password is not correct")
                    .with("errors", java.util.List.of(new ProblemException.FieldError("currentPassword", "is not correct")));
        }
        strength.check("newPassword", newPassword);
        users.updatePasswordHash(id.value(), passwords.encode(newPassword));
        tokens.deleteOthers(id.value(), Tokens.hash(keepToken));
    }

    @Override
    public UserView user(UserId id) {
        return findUser(id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    @Override
    public Optional<UserView> findUser(UserId id) {
        return users.findById(id.value()).map(UserRow::view);
    }

    @Override
    public Page<UserView> users(PageRequest page, CurrentUser admin) {
        admin.requireAdmin("Only admins list people");
        var items = users.page(page.offset(), page.size()).stream().map(UserRow::view).toList();
        return new Page<>(items, page.page(), page.size(), users.count());
    }

    @Override
    @Transactional
    public UserView changeRole(UserId id, Role role, CurrentUser actor) {
        actor.requireAdmin("Only admins change roles");
        UserView before = user(id);
        if (before.role() == role) {
            return before;
        }
        if (before.role() == Role.ADMIN && before.active() && lastActiveAdmin()) {
            throw ProblemException.conflict("last-admin", "This is the last active admin; make someone else admin first");
        }
        users.updateRole(id.value(), role);
        events.publishEvent(new UserRoleChanged(id, before.role(), role, actor.id(), clock.instant()));
        return user(id);
    }

    @Override
    @Transactional
    public UserView deactivate(UserId id, CurrentUser actor) {
        actor.requireAdmin("Only admins deactivate people");
        UserView before = user(id);
        if (before.id().equals(actor.id())) {
            throw ProblemException.conflict("self-deactivation", "You cannot deactivate your own account");
        }
        if (before.role() == Role.ADMIN && before.active() && lastActiveAdmin()) {
            throw ProblemException.conflict("last-admin", "This is the last active admin; make someone else admin first");
        }
        if (before.active()) {
            users.deactivate(id.value());
            tokens.deleteForUser(id.value());
            events.publishEvent(new UserDeactivated(id, actor.id(), clock.instant()));
        }
        return user(id);
    }

    @Override
    @Transactional
    public PersonView addPerson(AddPerson person, CurrentUser admin) {
        admin.requireAdmin("Only admins add people");
        return directory.add(person, admin);
    }

    @Override
    @Transactional
    public PersonView updatePerson(UserId id, EditPerson person, CurrentUser admin) {
        admin.requireAdmin("Only admins edit people");
        directory.update(id, person, admin);
        if (person.password() != null) {
            // A password an admin sets ends the person's tokens, as their browser sessions (V25).
            tokens.deleteForUser(id.value());
        }
        if (person.role() != null) {
            changeRole(id, person.role(), admin);
        }
        return directory.row(id).person();
    }

    @Override
    @Transactional
    public PersonView removePerson(UserId id, CurrentUser admin) {
        admin.requireAdmin("Only admins remove people");
        directory.row(id);
        deactivate(id, admin);
        return directory.row(id).person();
    }

    @Override
    @Transactional
    public DirectoryImport importDirectory(String csv, CurrentUser admin) {
        admin.requireAdmin("Only admins import people");
        return directory.importCsv(csv, admin);
    }

    @Override
    public Page<PersonView> people(PeopleQuery query, PageRequest page, CurrentUser viewer) {
        return directory.people(query, page, viewer);
    }

    @Override
    public PersonView person(UserId id, CurrentUser viewer) {
        return directory.person(id, viewer);
    }

    @Override
    public java.util.List<String> teams(CurrentUser viewer) {
        return directory.teams();
    }

    @Override
    @Transactional
    public PersonView linkTelegram(UserId id, TelegramAccount account, CurrentUser actor) {
        return directory.linkTelegram(id, account, actor);
    }

    @Override
    public Page<PersonView> peopleToClaim(PeopleQuery query, PageRequest page) {
        return directory.colleagues(query, page);
    }

    @Override
    @Transactional
    public PersonView claimByTelegram(UserId id, TelegramAccount account) {
        return directory.linkTelegram(id, account, directory.row(id).principal());
    }

    @Override
    @Transactional
    public PersonView unlinkTelegram(UserId id, CurrentUser admin) {
        admin.requireAdmin("Only admins unlink Telegram accounts");
        return directory.unlinkTelegram(id, admin);
    }

    @Override
    public Optional<CurrentUser> currentUserByTelegram(long telegramUserId) {
        return directory.byTelegram(telegramUserId).map(UserRow::principal);
    }

    /** Locks the admins' rows first, so that two admins demoting each other at once cannot both succeed. */
    private boolean lastActiveAdmin() {
        users.lockActiveAdmins();
        return users.countActiveAdmins() <= 1;
    }

    /** With allot.identity.local-passwords=false, people sign in at the company's provider only (ADR 36). */
    private void requireLocalPasswords() {
        if (!localPasswords) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "local-passwords-off", "Passwords are off",
                    "Sign in with the company account; API clients use tokens an admin issues (POST /api/v1/tokens)");
        }
    }

    private static ProblemException emailTaken(String email) {
        return ProblemException.conflict("email-taken", "An account with this email already exists")
                .with("errors", java.util.List.of(new ProblemException.FieldError("email", "is already registered")));
    }

    private static ProblemException emailTaken(String email, String field) {
        return ProblemException.conflict("email-taken", "An account with this email already exists: " + email)
                .with("errors", java.util.List.of(new ProblemException.FieldError(field, "is already registered")));
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
