package dev.allot.identity.internal;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.identity.UserRegistered;
import dev.allot.identity.UserRoleChanged;
import dev.allot.platform.ProblemException;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a person signed in at the company's provider is here (ADR 36): the directory's person with that
 * email (a new member when {@code allot.oidc.create-people} allows it), refused when deactivated or
 * unknown; their role from the provider's groups when a mapping is set, the last admin never demoted.
 */
@Component
class CompanySignIn {

    private static final Logger log = LoggerFactory.getLogger(CompanySignIn.class);

    private final UserRepository users;
    private final CompanySignInProperties properties;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    CompanySignIn(UserRepository users, CompanySignInProperties properties,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    CurrentUser signIn(@Nullable String email, @Nullable String name, Collection<String> groups) {
        if (email == null || email.isBlank()) {
            throw refused("The company account gives no email address, so Allot cannot tell who you are");
        }
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        @Nullable Role fromGroups = role(groups);
        Optional<UserRow> found = users.findByEmail(normalized);
        UserRow user;
        if (found.isPresent()) {
            user = found.get();
        } else if (properties.createPeople()) {
            Role role = fromGroups != null ? fromGroups : Role.MEMBER;
            String displayName = name == null || name.isBlank() ? normalized : name.strip();
            long id = users.insert(normalized, displayName, null, role, clock.millis());
            events.publishEvent(new UserRegistered(new UserId(id), normalized, role, new UserId(id), clock.instant()));
            log.info("Company sign-in: {} came in for the first time, as {}", normalized, role);
            user = users.findById(id).orElseThrow();
        } else {
            throw refused("There is nobody with the email " + normalized + " in Allot's directory; ask an admin to add you");
        }
        if (!user.active()) {
            throw refused("This account is deactivated");
        }
        if (fromGroups != null && fromGroups != user.role()) {
            if (user.role() == Role.ADMIN && lastActiveAdmin()) {
                log.warn("Company sign-in: {} is the last active admin; their groups say {}, they stay admin",
                        normalized, fromGroups);
            } else {
                users.updateRole(user.id(), fromGroups);
                events.publishEvent(new UserRoleChanged(new UserId(user.id()), user.role(), fromGroups,
                        new UserId(user.id()), clock.instant()));
                user = users.findById(user.id()).orElseThrow();
            }
        }
        return user.principal();
    }

    private @Nullable Role role(Collection<String> groups) {
        if (!properties.rolesFollowGroups()) {
            return null;
        }
        if (groups.stream().anyMatch(properties.adminGroups()::contains)) {
            return Role.ADMIN;
        }
        if (groups.stream().anyMatch(properties.memberGroups()::contains)) {
            return Role.MEMBER;
        }
        if (groups.stream().anyMatch(properties.viewerGroups()::contains)) {
            return Role.VIEWER;
        }
        return null;
    }

    private boolean lastActiveAdmin() {
        users.lockActiveAdmins();
        return users.countActiveAdmins() <= 1;
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "company-sign-in-refused", "Sign-in refused", detail);
    }
}
