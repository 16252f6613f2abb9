package dev.allot.identity.internal;

import dev.allot.platform.CommandValidation;
import dev.allot.identity.AddPerson;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.DirectoryImport;
import dev.allot.identity.DirectoryImport.RefusedRow;
import dev.allot.identity.EditPerson;
import dev.allot.identity.HomeSites;
import dev.allot.identity.Identity;
import dev.allot.identity.PeopleQuery;
import dev.allot.identity.PersonAdded;
import dev.allot.identity.PersonUpdated;
import dev.allot.identity.PersonView;
import dev.allot.identity.Role;
import dev.allot.identity.TelegramAccount;
import dev.allot.identity.TelegramLinked;
import dev.allot.identity.TelegramUnlinked;
import dev.allot.identity.UserId;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The employee directory's use cases behind {@link IdentityService}: add, edit, import, search, and
 * the Telegram link. The caller's permission is checked by the facade; the transaction is the facade's.
 */
@Component
class PeopleDirectory {

    static final List<String> CSV_COLUMNS = List.of("name", "email", "site", "team");

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final PasswordStrength strength;
    private final ObjectProvider<HomeSites> homeSites;
    private final CommandValidation commands;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleDirectory(UserRepository users, PasswordEncoder passwords, ObjectProvider<HomeSites> homeSites,
            CommandValidation commands, Validator validator, ApplicationEventPublisher events, Clock clock,
            PasswordStrength strength) {
        this.strength = strength;
        this.users = users;
        this.passwords = passwords;
        this.homeSites = homeSites;
        this.commands = commands;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    PersonView add(AddPerson command, CurrentUser admin) {
        commands.check(command);
        @Nullable String email = email(command.email());
        if (command.password() != null && email == null) {
            throw ProblemException.invalidField("password", "needs an email to sign in with");
        }
        if (command.password() != null) {
            strength.check("password", command.password());
        }
        checkHomeSite(command.homeSiteId());
        if (email != null && users.findByEmail(email).isPresent()) {
            throw emailTaken();
        }
        Role role = command.role() == null ? Role.MEMBER : command.role();
        String name = command.displayName().strip();
        @Nullable String team = blankToNull(command.team());
        long id = insert(email, name, command.password() == null ? null : passwords.encode(command.password()), role,
                command.homeSiteId(), team);
        events.publishEvent(new PersonAdded(new UserId(id), name, email, role, command.homeSiteId(), team, admin.id(),
                clock.instant()));
        return row(new UserId(id)).person();
    }

    /** Everything but the role, which the facade changes with its last-admin check. */
    void update(UserId id, EditPerson command, CurrentUser admin) {
        commands.check(command);
        UserRow before = row(id);
        @Nullable String email = email(command.email());
        if (command.password() != null && email == null) {
            throw ProblemException.invalidField("password", "needs an email to sign in with");
        }
        if (command.password() != null) {
            strength.check("password", command.password());
        }
        if (!Objects.equals(command.homeSiteId(), before.homeSiteId())) {
            checkHomeSite(command.homeSiteId());
        }
        if (email != null && !email.equals(before.email())
                && users.findByEmail(email).filter(other -> other.id() != id.value()).isPresent()) {
            throw emailTaken();
        }
        PersonUpdated.Details was = details(before);
        PersonUpdated.Details is = new PersonUpdated.Details(command.displayName().strip(), email,
                command.homeSiteId(), blankToNull(command.team()));
        try {
            users.updateEntry(id.value(), is.displayName(), is.email(), is.homeSiteId(), is.team());
        } catch (DuplicateKeyException raced) {
            throw emailTaken();
        }
        if (command.password() != null) {
            users.updatePasswordHash(id.value(), passwords.encode(command.password()));
        }
        if (!was.equals(is) || command.password() != null) {
            events.publishEvent(new PersonUpdated(id, was, is, command.password() != null, admin.id(),
                    clock.instant()));
        }
    }

    DirectoryImport importCsv(String csv, CurrentUser admin) {
        List<CsvRows.Row> rows = CsvRows.parse(csv);
        if (rows.isEmpty()) {
            throw ProblemException.invalidField("file", "is empty; the first line must be " + String.join(",",
                    CSV_COLUMNS));
        }
        Map<String, Integer> columns = header(rows.getFirst());
        List<CsvRows.Row> body = rows.subList(1, rows.size()).stream().filter(row -> !row.blank()).toList();
        if (body.size() > Identity.MAX_IMPORT_ROWS) {
            throw ProblemException.invalidField("file", "has " + body.size() + " rows; at most "
                    + Identity.MAX_IMPORT_ROWS + " per import");
        }
        HomeSites sites = sites();
        Set<String> taken = users.takenEmails(body.stream()
                .map(row -> email(field(row, columns, "email")))
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Optional<List<Long>>> siteCache = new HashMap<>();
        List<PersonView> added = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        long now = clock.millis();
        for (CsvRows.Row row : body) {
            if (row.fields().size() > rows.getFirst().fields().size()) {
                refused.add(new RefusedRow(row.line(), "columns", "", "has " + row.fields().size()
                        + " fields; the header has " + rows.getFirst().fields().size()));
                continue;
            }
            String name = field(row, columns, "name").strip();
            String rawEmail = field(row, columns, "email").strip();
            String site = field(row, columns, "site").strip();
            String team = field(row, columns, "team").strip();
            if (name.isEmpty()) {
                refused.add(new RefusedRow(row.line(), "name-missing", "", "has no name"));
                continue;
            }
            if (name.length() > Identity.MAX_NAME) {
                refused.add(new RefusedRow(row.line(), "name-too-long", name, "name is longer than "
                        + Identity.MAX_NAME + " characters"));
                continue;
            }
            if (team.length() > Identity.MAX_TEAM) {
                refused.add(new RefusedRow(row.line(), "team-too-long", team, "team is longer than "
                        + Identity.MAX_TEAM + " characters"));
                continue;
            }
            @Nullable String email = email(rawEmail);
            if (email != null && (email.length() > 254
                    || !validator.validateValue(AddPerson.class, "email", email).isEmpty())) {
                refused.add(new RefusedRow(row.line(), "email-invalid", rawEmail, "email is not an email address"));
                continue;
            }
            if (email != null && taken.contains(email)) {
                refused.add(new RefusedRow(row.line(), "email-taken", rawEmail,
                        "a person with this email already exists"));
                continue;
            }
            if (email != null && seen.containsKey(email)) {
                refused.add(new RefusedRow(row.line(), "email-repeated", rawEmail,
                        "the email is already on line " + seen.get(email)));
                continue;
            }
            @Nullable Long homeSiteId = null;
            if (!site.isEmpty()) {
                List<Long> found = siteCache.computeIfAbsent(site.toLowerCase(Locale.ROOT), key -> sites.resolve(site))
                        .orElse(List.of());
                if (found.isEmpty()) {
                    refused.add(new RefusedRow(row.line(), "site-unknown", site, "no site has this name or id"));
                    continue;
                }
                if (found.size() > 1) {
                    refused.add(new RefusedRow(row.line(), "site-ambiguous", site,
                            "several sites have this name; use the site's id"));
                    continue;
                }
                homeSiteId = found.getFirst();
            }
            if (email != null) {
                seen.put(email, row.line());
            }
            @Nullable String chosenTeam = blankToNull(team);
            long id = insert(email, name, null, Role.MEMBER, homeSiteId, chosenTeam, now);
            events.publishEvent(new PersonAdded(new UserId(id), name, email, Role.MEMBER, homeSiteId, chosenTeam,
                    admin.id(), Instant.ofEpochMilli(now)));
            added.add(row(new UserId(id)).person());
        }
        return new DirectoryImport(added, refused);
    }

    Page<PersonView> people(PeopleQuery query, PageRequest page, CurrentUser viewer) {
        DirectoryFilter filter = new DirectoryFilter(query, !viewer.isAdmin());
        List<PersonView> items = users.search(filter, page.offset(), page.size()).stream()
                .map(row -> row.as(viewer))
                .toList();
        return new Page<>(items, page.page(), page.size(), users.count(filter));
    }

    /** Active people as colleagues see them, whoever asks. */
    Page<PersonView> colleagues(PeopleQuery query, PageRequest page) {
        DirectoryFilter filter = new DirectoryFilter(query, true);
        List<PersonView> items = users.search(filter, page.offset(), page.size()).stream()
                .map(UserRow::colleague)
                .toList();
        return new Page<>(items, page.page(), page.size(), users.count(filter));
    }

    PersonView person(UserId id, CurrentUser viewer) {
        return users.findById(id.value())
                .filter(row -> viewer.isAdmin() || row.active())
                .map(row -> row.as(viewer))
                .orElseThrow(() -> ProblemException.notFound("Person", id));
    }

    List<String> teams() {
        return users.activeTeams();
    }

    PersonView linkTelegram(UserId id, TelegramAccount account, CurrentUser actor) {
        if (!actor.isAdmin() && !actor.id().equals(id)) {
            throw ProblemException.forbidden("Only the person themselves, or an admin, links a Telegram account");
        }
        commands.check(account);
        UserRow person = row(id);
        if (!person.active()) {
            throw ProblemException.conflict("person-inactive", person.displayName() + " has been removed");
        }
        Optional<UserRow> holder = users.findByTelegram(account.id());
        if (holder.isPresent() && holder.get().id() != id.value()) {
            throw telegramTaken();
        }
        if (person.telegram() != null && person.telegram().id() != account.id()) {
            throw ProblemException.conflict("telegram-linked", person.displayName()
                    + " already has a Telegram account linked; an admin unlinks it first");
        }
        String name = account.name().strip();
        if (person.telegram() != null && person.telegram().name().equals(name)) {
            return person.as(actor);
        }
        try {
            users.linkTelegram(id.value(), account.id(), name);
        } catch (DuplicateKeyException raced) {
            throw telegramTaken();
        }
        events.publishEvent(new TelegramLinked(id, new TelegramAccount(account.id(), name), actor.id(),
                clock.instant()));
        return row(id).as(actor);
    }

    PersonView unlinkTelegram(UserId id, CurrentUser admin) {
        UserRow person = row(id);
        if (person.telegram() != null) {
            users.unlinkTelegram(id.value());
            events.publishEvent(new TelegramUnlinked(id, person.telegram(), admin.id(), clock.instant()));
        }
        return row(id).person();
    }

    Optional<UserRow> byTelegram(long telegramUserId) {
        return users.findByTelegram(telegramUserId).filter(UserRow::active);
    }

    UserRow row(UserId id) {
        return users.findById(id.value()).orElseThrow(() -> ProblemException.notFound("Person", id));
    }

    private long insert(@Nullable String email, String name, @Nullable String hash, Role role,
            @Nullable Long homeSiteId, @Nullable String team) {
        return insert(email, name, hash, role, homeSiteId, team, clock.millis());
    }

    private long insert(@Nullable String email, String name, @Nullable String hash, Role role,
            @Nullable Long homeSiteId, @Nullable String team, long now) {
        long id;
        try {
            id = users.insert(email, name, hash, role, now);
        } catch (DuplicateKeyException raced) {
            throw emailTaken();
        }
        if (homeSiteId != null || team != null) {
            users.updateHomeAndTeam(id, homeSiteId, team);
        }
        return id;
    }

    private Map<String, Integer> header(CsvRows.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String column = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!CSV_COLUMNS.contains(column) || columns.containsKey(column)) {
                unknown.add(header.fields().get(i).strip());
            } else {
                columns.put(column, i);
            }
        }
        if (!unknown.isEmpty() || !columns.containsKey("name")) {
            throw ProblemException.invalidField("file", "the first line must name the columns "
                    + String.join(",", CSV_COLUMNS) + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
        }
        return columns;
    }

    private static String field(CsvRows.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.fields().size() ? "" : row.fields().get(index);
    }

    private void checkHomeSite(@Nullable Long homeSiteId) {
        if (homeSiteId != null && !sites().exists(homeSiteId)) {
            throw ProblemException.unknownReference("homeSiteId", "Site", homeSiteId);
        }
    }

    private HomeSites sites() {
        return homeSites.getIfAvailable(() -> HomeSites.ANY);
    }

    private static PersonUpdated.Details details(UserRow row) {
        return new PersonUpdated.Details(row.displayName(), row.email(), row.homeSiteId(), row.team());
    }

    private static @Nullable String email(@Nullable String email) {
        return email == null || email.isBlank() ? null : IdentityService.normalize(email);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ProblemException emailTaken() {
        return ProblemException.conflict("email-taken", "A person with this email already exists")
                .with("errors", List.of(new ProblemException.FieldError("email", "is already registered")));
    }

    private static ProblemException telegramTaken() {
        return ProblemException.conflict("telegram-taken", "This Telegram account is linked to somebody else")
                .with("errors", List.of(new ProblemException.FieldError("telegram.id", "is linked to somebody else")));
    }
}
