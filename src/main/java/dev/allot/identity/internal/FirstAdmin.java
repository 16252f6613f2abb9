package dev.allot.identity.internal;

import dev.allot.identity.Registration;
import dev.allot.identity.Role;
import dev.allot.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh installation can be administered: the admin named by {@code ALLOT_ADMIN_EMAIL}
 * (with {@code ALLOT_ADMIN_PASSWORD}) is created if missing; without those, and with no admin yet,
 * {@code admin@localhost} is created with a random password printed once to the console.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String DEFAULT_EMAIL = "admin@localhost";

    private final IdentityService identity;
    private final UserRepository users;
    private final PasswordStrength strength;
    private final @Nullable String email;
    private final @Nullable String password;

    FirstAdmin(IdentityService identity, UserRepository users, PasswordStrength strength,
            @Value("${allot.admin.email:#{null}}") @Nullable String email,
            @Value("${allot.admin.password:#{null}}") @Nullable String password) {
        this.identity = identity;
        this.users = users;
        this.strength = strength;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email != null && !email.isBlank()) {
            if (users.findByEmail(IdentityService.normalize(email)).isEmpty()) {
                create(email, password);
            }
        } else if (users.countActiveAdmins() == 0 && users.findByEmail(DEFAULT_EMAIL).isEmpty()) {
            create(DEFAULT_EMAIL, password); // ALLOT_ADMIN_PASSWORD alone chooses the default admin's password
        }
    }

    private void create(String adminEmail, @Nullable String adminPassword) {
        boolean generated = adminPassword == null || adminPassword.isBlank();
        String chosen = generated ? Tokens.randomString(12) : adminPassword;
        try {
            // Not through the Identity facade: nobody may act yet. Like a sign-up, the new admin is the
            // actor of its UserRegistered, so no system principal is needed.
            identity.create(new Registration(adminEmail, chosen, "Administrator"), Role.ADMIN);
        } catch (ProblemException alreadyCreatedByAnotherNode) {
            return;
        }
        log.info("Created the first admin {}", adminEmail);
        if (!generated && !strength.strong(chosen)) {
            // Not refused: an installation must be reachable. People's own passwords are refused (PasswordStrength).
            log.warn("The first admin's password (ALLOT_ADMIN_PASSWORD) is easy to guess; change it on the profile page");
        }
        if (generated) {
            // Printed to the console only, never to a log file: it is shown once.
            System.out.printf("%n=== Allot first admin: %s / password: %s (shown once; change it after signing in)%n%n",
                    adminEmail, chosen);
        }
    }
}
