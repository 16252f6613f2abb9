package dev.allot.notification.internal.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import dev.allot.testing.TestMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Errors logged during the day reach the admins as one digest; a quiet day sends nothing. */
class ErrorDigestIT extends AllotIntegrationTest {

    private static final Logger failing = LoggerFactory.getLogger("dev.allot.test.FailingComponent");

    @Autowired
    ErrorDigest digest;

    @Autowired
    JdbcClient jdbc;

    @Test
    void errors_logged_since_the_last_digest_reach_every_admin_as_one_notification_with_the_first_messages()
            throws Exception {
        User admin = admin();
        String marker = unique("disk-on-fire");
        failing.error("Could not write {}", marker);
        failing.error("Still cannot write {}", marker);

        int told = digest.run(Instant.now());

        List<JsonNode> digests = new ArrayList<>();
        as(admin).get("/api/v1/notifications?size=100").json().get("items").forEach(item -> {
            if (item.get("kind").asString().equals("error-digest") && item.get("body").asString().contains(marker)) {
                digests.add(item);
            }
        });
        assertThat(told).isGreaterThanOrEqualTo(1);
        assertThat(digests).hasSize(1);
        assertThat(digests.getFirst().get("title").asString()).startsWith("Errors in the log: ");
        assertThat(digests.getFirst().get("body").asString())
                .contains("dev.allot.test.FailingComponent: Could not write " + marker);
        MimeMessage email = awaitEmail(admin.email(), marker);
        assertThat(email.getSubject()).startsWith("Errors in the log: ");
    }

    @Test
    void a_day_without_errors_sends_no_digest() {
        digest.run(Instant.now());
        long before = digests();

        int told = digest.run(Instant.now());

        assertThat(told).isZero();
        assertThat(digests()).isEqualTo(before);
    }

    @Test
    void the_digest_is_scheduled_as_a_recurring_task() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = :name")
                .param("name", ErrorDigest.TASK).query(Long.class).single()).isEqualTo(1);
    }

    /** The email goes through a retried task, so it arrives shortly after the digest ran. */
    private static MimeMessage awaitEmail(String address, String marker) {
        return Eventually.until("a digest email to " + address, () -> Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(message -> isDigestTo(message, address, marker))
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private static boolean isDigestTo(MimeMessage message, String address, String marker) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))
                    && text(message).contains(marker);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read a received email", e);
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

    private long digests() {
        return jdbc.sql("select count(*) from notification where kind = 'error-digest'").query(Long.class).single();
    }
}
