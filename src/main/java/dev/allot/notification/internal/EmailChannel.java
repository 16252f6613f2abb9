package dev.allot.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.allot.booking.BookingView;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Booking news by email (HTML and plain text, with an .ics for bookings that stand), over the SMTP
 * server of Spring's {@code spring.mail.*}; off when no host is configured. Each email is its own
 * db-scheduler task, retried later when the server fails.
 */
@Component
class EmailChannel {

    static final String TASK = "deliver-email";
    /** News about a booking that stands gets the booking as a calendar attachment. */
    private static final Set<String> WITH_CALENDAR = Set.of("booking-created", "booking-approved", "booking-changed",
            "booking-reminder");

    private final @Nullable JavaMailSender mail;
    private final InboxWriter writer;
    private final Spaces spaces;
    private final String from;
    private final Clock clock;

    EmailChannel(ObjectProvider<JavaMailSender> mail, InboxWriter writer, Spaces spaces,
            @Value("${allot.mail.from:Allot <allot@localhost>}") String from, Clock clock) {
        this.mail = mail.getIfAvailable();
        this.writer = writer;
        this.spaces = spaces;
        this.from = from;
        this.clock = clock;
    }

    boolean enabled() {
        return mail != null;
    }

    /** Sends the email; a failure is thrown so that the task running it is retried later. */
    void send(DeliveryRequest request) {
        try {
            trySend(request);
        } catch (MessagingException e) {
            throw new MailPreparationException("Email to user " + request.recipientId() + " could not be prepared", e);
        }
    }

    /** A plain-text email that is not about a booking (the error digest); the caller handles failures. */
    void sendPlain(String to, String subject, String text) {
        if (mail == null) {
            throw new IllegalStateException("No SMTP server is configured on this node (spring.mail.host)");
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper email = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            email.setFrom(from);
            email.setTo(to);
            email.setSubject(subject);
            email.setText(text);
            mail.send(mime);
        } catch (MessagingException e) {
            throw new MailPreparationException("Email to " + to + " could not be prepared", e);
        }
    }

    private void trySend(DeliveryRequest request) throws MessagingException {
        if (mail == null) {
            // Another node scheduled it with mail configured: leave it to that node, try again later.
            throw new IllegalStateException("No SMTP server is configured on this node (spring.mail.host)");
        }
        var composed = writer.compose(request);
        if (composed.isEmpty()) {
            return;
        }
        InboxWriter.Message message = composed.get();
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper email = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        email.setFrom(from);
        email.setTo(message.recipient().email());
        email.setSubject(message.title());
        email.setText(message.body(), html(message));
        if (WITH_CALENDAR.contains(request.kind())) {
            BookingView booking = message.booking();
            Map<dev.allot.space.ResourceId, ResourceView> resources = spaces.resourcesByIds(List.of(booking.resourceId()));
            String ics = FeedCalendar.write(booking.title(), List.of(booking), resources, "allot", clock.instant());
            email.addAttachment("booking-" + booking.id() + ".ics",
                    new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=utf-8");
        }
        mail.send(mime);
    }

    private static String html(InboxWriter.Message message) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><body style="font-family: sans-serif; line-height: 1.5">
                <h2 style="margin: 0 0 .5em">%s</h2>
                <p>%s</p>
                <p style="color: #666; font-size: .9em">Allot</p>
                </body></html>
                """.formatted(message.locale().getLanguage(), HtmlUtils.htmlEscape(message.title()),
                HtmlUtils.htmlEscape(message.body()));
    }

    @Configuration(proxyBeanMethods = false)
    static class EmailTask {

        @Bean
        OneTimeTask<DeliveryRequest> emailTask(EmailChannel channel) {
            return Tasks.oneTime(TASK, DeliveryRequest.class)
                    .onFailureRetryLater()
                    .execute((instance, context) -> channel.send(instance.getData()));
        }
    }
}
