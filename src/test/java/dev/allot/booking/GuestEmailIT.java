package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import dev.allot.testing.Eventually;
import dev.allot.testing.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A guest who gave an email hears of their desk, with the day for their calendar, and of its cancellation. */
class GuestEmailIT extends AllotIntegrationTest {

    private static final String ZONE = "America/New_York";

    @Test
    void the_guest_gets_an_email_with_the_calendar_entry_and_one_when_the_desk_is_cancelled() throws Exception {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User host = member();
        String guest = unique("guest") + "@example.test";
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(2);

        Api.Response booked = as(host).post("/api/v1/bookings", Map.of("resourceId", desk, "day", day.toString(),
                "guest", Map.of("name", "Ann Lee", "email", guest)));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        MimeMessage invitation = awaitEmail(guest, 1).getFirst();
        assertThat(invitation.getSubject()).contains("booked a desk for you");
        Multipart parts = (Multipart) invitation.getContent();
        List<String> types = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            types.add(part.getContentType());
            collect(part, text);
        }
        assertThat(String.join(" ", types)).contains("text/calendar");
        assertThat(text.toString()).contains("Hello Ann Lee").contains("(" + ZONE + ")");

        as(host).post("/api/v1/bookings/" + booked.json().get("id").asLong() + "/cancel", Map.of());

        assertThat(awaitEmail(guest, 2).get(1).getSubject()).contains("is cancelled");
    }

    @Test
    void a_guest_without_an_email_and_a_members_own_desk_send_no_guest_email() {
        long site = site(ZONE);
        User host = member();
        LocalDate day = LocalDate.now(clock().withZone(ZoneId.of(ZONE))).plusDays(3);
        int before = TestMail.server().getReceivedMessages().length;

        assertThat(as(host).post("/api/v1/bookings", Map.of("resourceId", resource(site, "DESK", 1),
                "day", day.toString(), "guest", Map.of("name", "No Mail"))).status()).isEqualTo(201);

        assertThat(Arrays.stream(TestMail.server().getReceivedMessages()).skip(before)
                .filter(message -> subject(message).contains("booked a desk for you"))).isEmpty();
    }

    private static void collect(BodyPart part, StringBuilder text) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart nested) {
            for (int i = 0; i < nested.getCount(); i++) {
                collect(nested.getBodyPart(i), text);
            }
        } else if (content instanceof String words) {
            text.append(words).append('\n');
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            return "";
        }
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

    private static List<MimeMessage> awaitEmail(String address, int count) {
        return Eventually.until(count + " emails to " + address, () -> emailsTo(address), list -> list.size() >= count);
    }
}
