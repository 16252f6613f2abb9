package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.identity.Identity;
import dev.allot.identity.Registration;
import dev.allot.identity.UserView;
import dev.allot.platform.PageRequest;
import dev.allot.testing.ModuleTests;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification module with only the modules it uses (identity, space), without booking or any
 * other sender: a kind registered outside it ({@link TestInvitations}) reaches the inbox, worded in
 * the recipient's language, and never the person who caused it. Platform is named too: notification
 * takes its {@code Clock} bean, a JDK type, so Modulith does not see that dependency.
 */
// Closed after the class: its scheduler and connections need not outlive it in the test JVM.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class NotificationModuleIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    Identity identity;

    @Autowired
    Notifications notifications;

    @DynamicPropertySource
    static void databaseAndMail(DynamicPropertyRegistry registry) {
        ModuleTests.databaseAndMail(registry);
    }

    @Test
    void an_invitation_reaches_the_guests_inbox_in_their_language_and_not_the_host() {
        UserView host = person("host");
        UserView guest = person("guest");
        identity.updatePreferences(guest.id(), "ru", null);
        TimeRange evening = new TimeRange(Instant.parse("2030-01-10T18:00:00Z"), Instant.parse("2030-01-10T20:00:00Z"));

        notifications.send(NotificationRequest.builder(TestInvitations.KIND, NotificationSubject.of("test-event", 7),
                        NotificationText.of("test-invitation.title", "Film night"), BERLIN)
                .to(host.id())
                .to(guest.id())
                .actor(host.id())
                .body(NotificationText.of("test-invitation.body", "Film night", evening))
                .action(NotificationText.of("test-invitation.accept"), "/test-events/7/accept")
                .build());

        assertThat(notifications.inbox(host.id(), new PageRequest(0, 10)).items()).isEmpty();
        assertThat(notifications.inbox(guest.id(), new PageRequest(0, 10)).items()).singleElement()
                .satisfies(message -> {
                    assertThat(message.kind()).isEqualTo(TestInvitations.KIND);
                    assertThat(message.title()).isEqualTo("Приглашение: Film night");
                    // 19:00–21:00 in Berlin, the subject's zone, for a guest without a home site; 24-hour form
                    assertThat(message.body()).contains("19:00–21:00");
                    assertThat(message.actions()).singleElement()
                            .satisfies(action -> assertThat(action.label()).isEqualTo("Принять"));
                });
    }

    private UserView person(String role) {
        return identity.register(new Registration(role + "-" + UUID.randomUUID() + "@example.test",
                "a long passphrase for module tests", "Module " + role));
    }
}
