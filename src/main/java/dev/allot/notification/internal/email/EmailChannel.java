package dev.allot.notification.internal.email;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.allot.notification.CalendarEntry;
import dev.allot.notification.RenderedNotification;
import dev.allot.notification.internal.delivery.Delivery;
import dev.allot.notification.internal.delivery.MessageRenderer;
import dev.allot.notification.internal.feed.FeedCalendar;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
 * Notifications by email (HTML and plain text, with an .ics when the notification carries a
 * calendar entry), over the SMTP server of Spring's {@code spring.mail.*}; off when no host is
 * configured. Each email is its own db-scheduler task, worded when it runs, retried later when the
 * server fails.
 */
@Component
public class EmailChannel {

    public static final String TASK = "notify-email";

    private final @Nullable JavaMailSender mail;
    private final MessageRenderer renderer;
    private final String from;
    private final Clock clock;

    EmailChannel(ObjectProvider<JavaMailSender> mail, MessageRenderer renderer,
            @Value("${allot.mail.from:Allot <allot@localhost>}") String from, Clock clock) {
        this.mail = mail.getIfAvailable();
        this.renderer = renderer;
        this.from = from;
        this.clock = clock;
    }

    public boolean enabled() {
        return mail != null;
    }

    /** Sends the email; a failure is thrown so that the task running it is retried later. */
    public void send(Delivery delivery) {
        try {
            trySend(delivery);
        } catch (MessagingException e) {
            throw new MailPreparationException("Email to user " + delivery.recipientId() + " could not be prepared", e);
        }
    }

    private void trySend(Delivery delivery) throws MessagingException {
        if (mail == null) {
            // Another node scheduled it with mail configured: leave it to that node, try again later.
            throw new IllegalStateException("No SMTP server is configured on this node (spring.mail.host)");
        }
        var rendered = renderer.render(delivery);
        if (rendered.isEmpty()) {
            return;
        }
        RenderedNotification message = rendered.get().message();
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper email = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        email.setFrom(from);
        email.setTo(rendered.get().recipient().email());
        email.setSubject(message.title());
        email.setText(message.body(), html(message, rendered.get().locale()));
        CalendarEntry entry = delivery.calendarEntry();
        if (entry != null) {
            String ics = FeedCalendar.write(entry.summary(), List.of(entry), "allot", clock.instant());
            email.addAttachment(entry.uid() + ".ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=utf-8");
        }
        mail.send(mime);
    }

    private static String html(RenderedNotification message, Locale locale) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><body style="font-family: sans-serif; line-height: 1.5">
                <h2 style="margin: 0 0 .5em">%s</h2>
                <p>%s</p>
                <p style="color: #666; font-size: .9em">Allot</p>
                </body></html>
                """.formatted(locale.getLanguage(), HtmlUtils.htmlEscape(message.title()),
                HtmlUtils.htmlEscape(message.body()).replace("\n", "<br>\n"));
    }

    @Configuration(proxyBeanMethods = false)
    static class EmailTask {

        @Bean
        OneTimeTask<Delivery> emailTask(EmailChannel channel) {
            return Tasks.oneTime(TASK, Delivery.class)
                    .onFailureRetryLater()
                    .execute((instance, context) -> channel.send(instance.getData()));
        }
    }
}
