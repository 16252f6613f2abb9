package dev.allot.notification.internal.email;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.allot.notification.CalendarEntry;
import dev.allot.notification.GuestEmail;
import dev.allot.notification.RenderedNotification;
import dev.allot.notification.internal.delivery.Delivery;
import dev.allot.notification.internal.delivery.MessageRenderer;
import dev.allot.notification.internal.feed.FeedCalendar;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
    private final String publicUrl;
    private final MessageSource messages;
    private final Clock clock;

    EmailChannel(ObjectProvider<JavaMailSender> mail, MessageRenderer renderer,
            @Value("${allot.mail.from:Allot <allot@localhost>}") String from,
            @Value("${allot.web.public-url:http://localhost:${server.port:8080}}") String publicUrl,
            MessageSource messages, Clock clock) {
        this.mail = mail.getIfAvailable();
        this.renderer = renderer;
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.messages = messages;
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
        if (rendered.get().recipient().email() == null) {
            return; // people without an email (the bot's only users) get no email; the inbox has the copy
        }
        RenderedNotification message = rendered.get().message();
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper email = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        email.setFrom(from);
        email.setTo(rendered.get().recipient().email());
        email.setSubject(message.title());
        List<Link> links = links(message, rendered.get().locale());
        email.setText(text(message, links), html(message, links, rendered.get().locale()));
        CalendarEntry entry = delivery.calendarEntry();
        if (entry != null) {
            String ics = FeedCalendar.write(entry.summary(), List.of(entry), "allot", clock.instant());
            email.addAttachment(entry.uid() + ".ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=utf-8");
        }
        mail.send(mime);
    }

    /** Sends a guest's email, worded now in the host's language and the site's zone. */
    void sendToGuest(GuestEmail guest) {
        if (mail == null) {
            throw new IllegalStateException("No SMTP server is configured on this node (spring.mail.host)");
        }
        Locale locale = Locale.forLanguageTag(guest.locale());
        RenderedNotification message = new RenderedNotification("guest", renderer.text(guest.subject(), locale,
                guest.zone()), renderer.text(guest.body(), locale, guest.zone()), null, List.of());
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper email = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            email.setFrom(from);
            email.setTo(guest.address());
            email.setSubject(message.title());
            email.setText(text(message, List.of()), html(message, List.of(), locale));
            CalendarEntry entry = guest.calendarEntry();
            if (entry != null) {
                String ics = FeedCalendar.write(entry.summary(), List.of(entry), "allot", clock.instant());
                email.addAttachment(entry.uid() + ".ics",
                        new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=utf-8");
            }
            mail.send(mime);
        } catch (MessagingException e) {
            throw new MailPreparationException("Email " + guest.key() + " could not be prepared", e);
        }
    }

    /** A labelled address in the web application: the notification's actions, then its link. */
    record Link(String label, String url) {}

    /** Actions that lead to a page of the web application, and the link unless an action goes there. */
    private List<Link> links(RenderedNotification message, Locale locale) {
        List<Link> links = new ArrayList<>();
        message.actions().stream().filter(RenderedNotification.Action::isPath)
                .forEach(action -> links.add(new Link(action.label(), publicUrl + action.target())));
        String link = message.link();
        if (link != null && link.startsWith("/")
                && message.actions().stream().noneMatch(action -> action.target().equals(link))) {
            links.add(new Link(messages.getMessage("inbox.page.open", null, "Open", locale), publicUrl + link));
        }
        return links;
    }

    private static String text(RenderedNotification message, List<Link> links) {
        StringBuilder text = new StringBuilder(message.body());
        links.forEach(link -> text.append("\n\n").append(link.label()).append(": ").append(link.url()));
        return text.toString();
    }

    private static String html(RenderedNotification message, List<Link> links, Locale locale) {
        StringBuilder buttons = new StringBuilder();
        links.forEach(link -> buttons.append("<a href=\"").append(HtmlUtils.htmlEscape(link.url()))
                .append("\" style=\"display: inline-block; margin: 0 .5em .5em 0; padding: .5em 1em; border-radius: .4em;"
                        + " background: #0172ad; color: #fff; text-decoration: none\">")
                .append(HtmlUtils.htmlEscape(link.label())).append("</a>"));
        return """
                <!DOCTYPE html>
                <html lang="%s"><body style="font-family: sans-serif; line-height: 1.5">
                <h2 style="margin: 0 0 .5em">%s</h2>
                <p>%s</p>
                <p>%s</p>
                <p style="color: #666; font-size: .9em">Allot</p>
                </body></html>
                """.formatted(locale.getLanguage(), HtmlUtils.htmlEscape(message.title()),
                HtmlUtils.htmlEscape(message.body()).replace("\n", "<br>\n"), buttons);
    }

    @Configuration(proxyBeanMethods = false)
    static class EmailTask {

        @Bean
        OneTimeTask<Delivery> emailTask(EmailChannel channel, io.micrometer.core.instrument.MeterRegistry meters) {
            return Tasks.oneTime(TASK, Delivery.class)
                    .onFailureRetryLater()
                    .execute((instance, context) -> dev.allot.notification.internal.DeliveryMeter.count(meters,
                            "email", () -> channel.send(instance.getData())));
        }
    }
}
