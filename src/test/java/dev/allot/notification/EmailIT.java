package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import dev.allot.testing.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Booking news by email through a real SMTP server (GreenMail), with an .ics a calendar can open. */
class EmailIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_booking_sends_one_email_with_an_ics_attachment_that_parses_back_to_the_same_times() throws Exception {
        User member = member();
        long room = room(6);
        OffsetDateTime start = at(ZONE, 5, 10, 0);
        as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1)));

        MimeMessage email = awaitEmail(member.email(), "Booked: ");

        assertThat(emailsTo(member.email())).hasSize(1);
        Multipart content = (Multipart) email.getContent();
        BodyPart ics = part(content, "text/calendar");
        Calendar calendar;
        try (InputStream in = ics.getInputStream()) {
            calendar = new CalendarBuilder().build(in);
        }
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        ZonedDateTime eventStart = ZonedDateTime.from(events.getFirst().getStartDate().orElseThrow().getDate());
        assertThat(eventStart.toInstant()).isEqualTo(start.toInstant());
        assertThat(eventStart.toLocalTime()).hasToString("10:00");
    }

    @Test
    void a_cancellation_by_an_admin_is_emailed_with_the_reason_and_without_a_calendar_event() throws Exception {
        User member = member();
        long room = room(6);
        OffsetDateTime start = at(ZONE, 6, 15, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        as(admin()).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Fire drill"));
        MimeMessage email = awaitEmail(member.email(), "Cancelled: ");

        String text = email.getContent() instanceof Multipart multipart ? allText(multipart) : String.valueOf(email.getContent());
        assertThat(text).contains("Reason: Fire drill");
        assertThat(((Multipart) email.getContent()).getContentType()).doesNotContain("text/calendar");
    }

    private static List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private static MimeMessage awaitEmail(String address, String subjectPrefix) {
        Eventually.until("an email '" + subjectPrefix + "...' to " + address + " (subjects so far)",
                () -> emailsTo(address).stream().map(EmailIT::subject).toList(),
                subjects -> subjects.stream().anyMatch(subject -> subject.startsWith(subjectPrefix)));
        return emailsTo(address).stream().filter(message -> subject(message).startsWith(subjectPrefix))
                .findFirst().orElseThrow();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BodyPart part(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                try {
                    return part(nested, type);
                } catch (AssertionError notHere) {
                    // keep looking
                }
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String allText(Multipart multipart) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            Object content = part.getContent();
            text.append(content instanceof Multipart nested ? allText(nested) : String.valueOf(content)).append('\n');
        }
        return text.toString();
    }
}
