package dev.allot.demo.internal;

import dev.allot.demo.DemoOffice;
import dev.allot.demo.DemoSummary;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserView;
import dev.allot.platform.ProblemException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --demo} on the command line: once the application is up (and the first admin exists),
 * fills an empty installation with the demo office and says how to sign in; on a non-empty one it
 * refuses with a log line and the application runs on as it is.
 */
@Component
class DemoOnStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStartup.class);

    private final ApplicationArguments arguments;
    private final DemoOffice demo;
    private final Identity identity;
    private final Environment environment;

    DemoOnStartup(ApplicationArguments arguments, DemoOffice demo, Identity identity, Environment environment) {
        this.arguments = arguments;
        this.demo = demo;
        this.identity = identity;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!arguments.containsOption("demo")) {
            return;
        }
        // The start-up acts as the first active admin (no system principal): the facades check that
        // person's role, and the audit log names them as the actor of every site, room and import.
        Optional<CurrentUser> admin = identity.activeAdmins().stream().findFirst().map(UserView::id)
                .flatMap(identity::currentUser);
        if (admin.isEmpty()) {
            log.warn("--demo: no active admin to create the demo office as; nothing created");
            return;
        }
        DemoSummary summary;
        try {
            summary = demo.create(admin.get());
        } catch (ProblemException refused) {
            log.warn("--demo refused: {}. Nothing was changed.", refused.getMessage());
            return;
        } catch (RuntimeException failed) {
            // Already logged with its cause; the application itself is fine and keeps running.
            log.warn("--demo failed: {}", failed.toString());
            return;
        }
        // Printed to the console, like the first admin's password: it is for the person who started the demo.
        System.out.printf("""

                === Allot demo office ready in %d s: %d sites, %d rooms, %d desks, %d equipment, %d people, %d bookings.
                === Sign in at http://localhost:%s/ as the admin %s (password: as printed when it was created,
                ===   or ALLOT_ADMIN_PASSWORD), or as the member %s with the password %s
                ===   (every demo person has that password).

                """, summary.took().toSeconds(), summary.sites(), summary.rooms(), summary.desks(), summary.equipment(),
                summary.people(), summary.bookings(), port(), admin.get().email(), summary.memberEmail(),
                summary.password());
    }

    private String port() {
        return environment.getProperty("local.server.port", "8080");
    }
}
