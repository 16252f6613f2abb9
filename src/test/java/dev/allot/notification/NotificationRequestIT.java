package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import dev.allot.testing.TestMail;
import dev.allot.web.AdminWebSession;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module other than booking sends notifications: a kind it registers ({@link TestInvitations}),
 * texts from its own bundle, worded for each recipient when delivered, never for the person who
 * caused it.
 */
class NotificationRequestIT extends AllotIntegrationTest {

    private static final String KIND = TestInvitations.KIND;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 7 December 2026, 09:00–10:00 in Berlin, 17:00–18:00 in Tokyo. */
    private static final TimeRange PARTY = new TimeRange(Instant.parse("2026-12-07T08:00:00Z"),
            Instant.parse("2026-12-07T09:00:00Z"));

    @Autowired
    Notifications notifications;

    @Autowired
    Identity identity;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void each_recipient_reads_it_in_their_language_and_zone_with_its_actions_and_the_actor_gets_nothing()
            throws Exception {
        User english = member();
        User russian = member();
        User organizer = member();
        identity.updatePreferences(new UserId(english.id()), "en", null);
        identity.updatePreferences(new UserId(russian.id()), "ru", site("Asia/Tokyo"));
        String event = unique("Launch");

        transactions.executeWithoutResult(tx -> notifications.send(invitation(event)
                .to(List.of(new UserId(english.id()), new UserId(russian.id()), new UserId(organizer.id())))
                .actor(new UserId(organizer.id()))
                .build()));

        NotificationView inEnglish = onlyInbox(english, event).orElseThrow();
        assertThat(inEnglish.title()).isEqualTo("Invitation: " + event);
        assertThat(inEnglish.body()).isEqualTo("You are invited to " + event + ", Mon 7 Dec 2026, 09:00–10:00 (Europe/Berlin).");
        assertThat(inEnglish.link()).isEqualTo("/test-events/1");
        assertThat(inEnglish.actions()).containsExactly(new RenderedNotification.Action("Accept", "/test-events/1/accept"),
                new RenderedNotification.Action("Decline", "test-event:1:decline"));
        NotificationView inRussian = onlyInbox(russian, event).orElseThrow();
        assertThat(inRussian.title()).isEqualTo("Приглашение: " + event);
        assertThat(inRussian.body()).contains("17:00–18:00 (Asia/Tokyo)").contains("7 дек. 2026");
        assertThat(inRussian.actions()).extracting(RenderedNotification.Action::label).containsExactly("Принять", "Отклонить");
        assertThat(onlyInbox(organizer, event)).as("the organizer invited them").isEmpty();

        MimeMessage email = awaitEmail(english.email(), event);
        assertThat(email.getSubject()).isEqualTo("Invitation: " + event);
        assertThat(text(email)).contains("09:00–10:00 (Europe/Berlin)")
                // a page's action becomes a link of the installation's address; an action id does not
                .containsPattern("Accept: https?://[^/\\s]+/test-events/1/accept")
                .contains("href=\"http").contains("/test-events/1/accept\"")
                .doesNotContain("test-event:1:decline");
        assertThat(text(awaitEmail(russian.email(), event))).contains("Вас приглашают на " + event)
                .contains("Принять: ");
        assertThat(emailsTo(organizer.email())).isEmpty();

        String page = AdminWebSession.signedIn(port, english.email(), PASSWORD).get("/inbox").body();
        assertThat(page).contains("href=\"/test-events/1/accept\"").contains(">Accept<")
                .as("an action id is for messengers, not the page").doesNotContain("test-event:1:decline");
    }

    @Test
    void a_notification_for_later_is_worded_in_the_language_the_person_has_when_it_is_delivered() throws Exception {
        User member = member();
        identity.updatePreferences(new UserId(member.id()), "en", null);
        String event = unique("Later");

        transactions.executeWithoutResult(tx -> notifications.send(invitation(event)
                .to(new UserId(member.id()))
                .deliverAt(Instant.now().plusSeconds(3))
                .build()));
        assertThat(onlyInbox(member, event)).as("not before its time").isEmpty();
        identity.updatePreferences(new UserId(member.id()), "ru", null);

        NotificationView delivered = awaitInbox(member, event);
        assertThat(delivered.title()).isEqualTo("Приглашение: " + event);
        assertThat(delivered.body()).contains("пн 7 дек. 2026, 09:00–10:00 (Europe/Berlin)");
        assertThat(awaitEmail(member.email(), event).getSubject()).isEqualTo("Приглашение: " + event);
    }

    @Test
    void a_withdrawn_notification_for_later_is_never_delivered_and_a_rolled_back_one_never_scheduled() {
        User member = member();
        String withdrawn = unique("Withdrawn");
        String rolledBack = unique("RolledBack");
        NotificationSubject subject = new NotificationSubject("test-event", unique("event"));

        transactions.executeWithoutResult(tx -> notifications.send(invitation(withdrawn, subject)
                .to(new UserId(member.id())).deliverAt(Instant.now().plus(Duration.ofHours(1))).build()));
        assertThat(waiting(subject)).isEqualTo(1);
        transactions.executeWithoutResult(tx -> notifications.withdraw(subject, KIND));
        transactions.executeWithoutResult(tx -> {
            notifications.send(invitation(rolledBack).to(new UserId(member.id())).build());
            tx.setRollbackOnly();
        });

        assertThat(waiting(subject)).isZero();
        assertThat(onlyInbox(member, rolledBack)).isEmpty();
    }

    @Test
    void a_kind_nobody_registered_is_refused() {
        NotificationRequest unknown = NotificationRequest.builder("no-such-kind", NotificationSubject.of("test", 1),
                NotificationText.of("test-invitation.title", "x"), BERLIN).to(new UserId(member().id())).build();

        assertThatThrownBy(() -> notifications.send(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-kind");
    }

    private static NotificationRequest.Builder invitation(String event) {
        return invitation(event, NotificationSubject.of("test-event", 1));
    }

    private static NotificationRequest.Builder invitation(String event, NotificationSubject subject) {
        return NotificationRequest.builder(KIND, subject, NotificationText.of("test-invitation.title", event), BERLIN)
                .occurrence(event)
                .body(NotificationText.of("test-invitation.body", event, PARTY))
                .link("/test-events/1")
                .action(NotificationText.of("test-invitation.accept"), "/test-events/1/accept")
                .action(NotificationText.of("test-invitation.decline"), "test-event:1:decline");
    }

    private long waiting(NotificationSubject subject) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'notify-due' and task_instance like :key")
                .param("key", KIND + ":" + subject.type() + "-" + subject.id() + ":%")
                .query(Long.class).single();
    }

    private Optional<NotificationView> onlyInbox(User user, String event) {
        List<NotificationView> found = notifications.inbox(new UserId(user.id()), new dev.allot.platform.PageRequest(0, 100))
                .items().stream().filter(n -> n.title().contains(event)).toList();
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }

    private NotificationView awaitInbox(User user, String event) {
        return Eventually.until("a notification about " + event, () -> onlyInbox(user, event), Optional::isPresent)
                .orElseThrow();
    }

    private static List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static MimeMessage awaitEmail(String address, String event) {
        return Eventually.until("an email about " + event + " to " + address,
                () -> emailsTo(address).stream().filter(message -> subject(message).contains(event)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(part.getContent());
    }
}
