package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookResource;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Registration;
import dev.allot.identity.Role;
import dev.allot.identity.UserView;
import dev.allot.platform.PageRequest;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteDraft;
import dev.allot.space.Spaces;
import dev.allot.testing.ModuleTests;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification module with the modules it uses (booking, identity, space), without audit or
 * insight. Platform is named too: notification takes its {@code Clock} bean, a JDK type, so Modulith
 * does not see that dependency.
 */
// Closed after the class: its scheduler and connections need not outlive it in the test JVM.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class NotificationModuleIT {

    @Autowired
    Bookings bookings;

    @Autowired
    Spaces spaces;

    @Autowired
    Identity identity;

    @Autowired
    Notifications notifications;

    @DynamicPropertySource
    static void databaseAndMail(DynamicPropertyRegistry registry) {
        ModuleTests.databaseAndMail(registry);
    }

    @Test
    void a_new_booking_puts_a_message_in_the_bookers_inbox(Scenario scenario) {
        UserView user = identity.register(new Registration("module-" + UUID.randomUUID() + "@example.test",
                "a long password", "Module Tester"));
        CurrentUser booker = new CurrentUser(user.id(), user.email(), user.displayName(), Role.MEMBER);
        // The same person as an admin principal: space writes check the role at the facade.
        CurrentUser admin = new CurrentUser(user.id(), user.email(), user.displayName(), Role.ADMIN);
        var site = spaces.createSite(new SiteDraft("Module site " + UUID.randomUUID(), null, "Europe/Berlin",
                OpeningHours.ALWAYS), admin).id();
        String roomName = "Room " + UUID.randomUUID();
        ResourceId room = spaces.createResource(new ResourceDraft(site, null, ResourceKind.ROOM, roomName, 4, Set.of(),
                null, null, true, false), admin).id();
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);

        scenario.stimulate(() -> bookings.book(new BookResource(room, start, start.plus(Duration.ofHours(1)),
                        "Module test", 1, null, null), booker))
                .andWaitForEventOfType(BookingCreated.class)
                .matching(created -> created.actor().equals(user.id()))
                .toArriveAndVerify(created -> assertThat(notifications.inbox(user.id(), new PageRequest(0, 10)).items())
                        .singleElement()
                        .satisfies(message -> {
                            assertThat(message.kind()).isEqualTo("booking-created");
                            assertThat(message.title()).contains(roomName);
                            assertThat(message.read()).isFalse();
                        }));
    }
}
