package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Registration;
import dev.allot.identity.Role;
import dev.allot.identity.UserView;
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
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The booking module alone with the modules it uses (platform, identity, space): no listener of another module runs. */
// Closed after the class: its scheduler and connections need not outlive it in the test JVM.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class BookingModuleIT {

    @Autowired
    Bookings bookings;

    @Autowired
    Spaces spaces;

    @Autowired
    Identity identity;

    @DynamicPropertySource
    static void databaseAndMail(DynamicPropertyRegistry registry) {
        ModuleTests.databaseAndMail(registry);
    }

    @Test
    void booking_a_room_publishes_booking_created_naming_the_booker_as_the_actor(AssertablePublishedEvents events) {
        UserView user = identity.register(new Registration("module-" + UUID.randomUUID() + "@example.test",
                "a long passphrase for module tests", "Module Tester"));
        CurrentUser booker = new CurrentUser(user.id(), user.email(), user.displayName(), Role.MEMBER);
        // The same person as an admin principal: space writes check the role at the facade.
        CurrentUser admin = new CurrentUser(user.id(), user.email(), user.displayName(), Role.ADMIN);
        var site = spaces.createSite(new SiteDraft("Module site " + UUID.randomUUID(), null, "Europe/Berlin",
                OpeningHours.ALWAYS), admin).id();
        ResourceId room = spaces.createResource(new ResourceDraft(site, null, ResourceKind.ROOM,
                "Room " + UUID.randomUUID(), 4, Set.of(), null, null, true, false), admin).id();
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);

        BookingView booked = bookings.book(new BookResource(room, start, start.plus(Duration.ofHours(1)), "Module test",
                1, null, null), booker).booking();

        assertThat(events)
                .contains(BookingCreated.class)
                .matching(created -> created.booking().id().equals(booked.id()))
                .matching(created -> created.actor().equals(user.id()))
                .matching(created -> created.booking().status() == BookingStatus.CONFIRMED);
        assertThat(events.ofType(BookingCreated.class)).hasSize(1);
    }
}
