package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.AllotApplication;
import dev.allot.booking.BookResource;
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
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import dev.allot.testing.Eventually;
import dev.allot.testing.TestMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reminder set before a restart fires after it: the application is stopped while the reminder
 * is still due, and a new one on the same database delivers it.
 */
class ReminderRestartIT {

    private static final Duration DUE_IN = Duration.ofSeconds(20);

    @Test
    void a_reminder_scheduled_before_a_restart_fires_after_it() throws Exception {
        Path dataDir = Files.createTempDirectory("allot-restart-");
        UserView user;
        long bookingId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Spaces spaces = first.getBean(Spaces.class);
            user = first.getBean(Identity.class).register(new Registration(
                    "restart-" + UUID.randomUUID() + "@example.test", "a long passphrase for module tests", "Restart Tester"));
            CurrentUser admin = new CurrentUser(user.id(), user.email(), user.displayName(), Role.ADMIN);
            SiteId site = spaces.createSite(new SiteDraft("Restart site", null, "UTC", OpeningHours.ALWAYS), admin).id();
            ResourceId room = spaces.createResource(new ResourceDraft(site, null, ResourceKind.ROOM,
                    "Room " + UUID.randomUUID(), 4, Set.of(), null, null, true, false), admin).id();
            Instant start = Instant.now().plus(Duration.ofHours(1)).plus(DUE_IN).truncatedTo(ChronoUnit.SECONDS);
            bookingId = first.getBean(Bookings.class).book(new BookResource(room, start, start.plus(Duration.ofHours(1)),
                    "Across a restart", 1, null, null),
                    new CurrentUser(user.id(), user.email(), user.displayName(), Role.MEMBER)).booking().id().value();
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            // The reminder waits in the scheduler's table: set by the first application, or, when it stopped
            // before its outbox consumer got to the booking (ADR 26), by the second one from the outbox.
            Eventually.until("the reminder waiting after the restart", Duration.ofSeconds(15),
                    () -> jdbc.sql("select count(*) from scheduled_tasks where task_name = 'notify-due' "
                                    + "and task_instance = :instance")
                            .param("instance", "booking-reminder:booking-" + bookingId + ":" + user.id() + ":60")
                            .query(Long.class).single(),
                    count -> count == 1);
            Notifications notifications = second.getBean(Notifications.class);
            var inbox = Eventually.until("a booking-reminder in the inbox after the restart", DUE_IN.plusSeconds(30),
                    () -> notifications.inbox(user.id(), new PageRequest(0, 10)).items(),
                    items -> items.stream().anyMatch(n -> n.kind().equals("booking-reminder")));
            assertThat(inbox)
                    .anySatisfy(n -> {
                        assertThat(n.kind()).isEqualTo("booking-reminder");
                        assertThat(n.body()).contains("Across a restart");
                    });
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments, so that they win over application.yaml (default properties do not).
        return new SpringApplicationBuilder(AllotApplication.class).run("--server.port=0",
                "--allot.data-dir=" + dataDir, "--allot.notification.reminders=PT1H",
                "--db-scheduler.polling-interval=1s", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMail.port());
    }
}
