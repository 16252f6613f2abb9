package dev.allot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import dev.allot.testing.Api;
import dev.allot.testing.TestMail;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** People choose per kind of news which channels it comes through, and delivery keeps to it. */
class NotificationPreferencesIT extends AllotIntegrationTest {

    @Autowired
    NotificationPreferences preferences;

    private static final String ZONE = "Europe/Berlin";
    private static final String PATH = "/api/v1/me/notification-preferences";

    @Test
    void every_channel_is_on_until_the_person_turns_it_off_and_a_change_keeps_the_other_cells() {
        User member = member();

        JsonNode defaults = as(member).get(PATH).json().get("preferences");
        Api.Response changed = as(member).put(PATH, Map.of("preferences", Map.of("booking-created", Map.of("EMAIL", false))));
        JsonNode after = as(member).get(PATH).json().get("preferences");

        assertThat(defaults.size()).isEqualTo(preferences.kinds().size());
        assertThat(defaults.get("booking-reminder").get("TELEGRAM").asBoolean()).isTrue();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(after.get("booking-created").get("EMAIL").asBoolean()).isFalse();
        assertThat(after.get("booking-created").get("INBOX").asBoolean()).isTrue();
        assertThat(after.get("booking-approved").get("EMAIL").asBoolean()).isTrue();
    }

    @Test
    void an_unknown_kind_is_a_bad_request_naming_it() {
        Api.Response response = as(member()).put(PATH, Map.of("preferences", Map.of("birthday", Map.of("EMAIL", false))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("birthday");
    }

    @Test
    void a_person_who_turned_email_off_for_new_bookings_gets_no_receipt_by_email() throws Exception {
        User member = member();
        as(member).put(PATH, Map.of("preferences", Map.of("booking-created", Map.of("EMAIL", false))));
        long room = room(4);
        OffsetDateTime start = at(ZONE, 7, 9, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        // A later email that is still wanted: once it has come, the unwanted one would have come too.
        as(admin()).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Maintenance"));
        awaitEmail(member.email(), "Cancelled: ");

        assertThat(subjectsTo(member.email())).noneMatch(subject -> subject.startsWith("Booked: "));
    }

    @Test
    void a_person_who_turned_the_inbox_off_for_new_bookings_gets_no_inbox_item_for_them() {
        User member = member();
        as(member).put(PATH, Map.of("preferences", Map.of("booking-created", Map.of("INBOX", false))));
        long room = room(4);
        OffsetDateTime start = at(ZONE, 8, 9, 0);
        long id = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json().get("id").asLong();

        as(admin()).post("/api/v1/bookings/" + id + "/cancel", Map.of("reason", "Maintenance"));
        awaitNotification(member, n -> n.get("kind").asString().equals("booking-cancelled"));

        JsonNode items = as(member).get("/api/v1/notifications?size=100").json().get("items");
        List<String> kinds = new ArrayList<>();
        items.forEach(item -> kinds.add(item.get("kind").asString()));
        assertThat(kinds).containsExactly("booking-cancelled");
    }

    private static List<String> subjectsTo(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .map(message -> {
                    try {
                        return message.getSubject();
                    } catch (Exception e) {
                        return "";
                    }
                })
                .toList();
    }

    private static void awaitEmail(String address, String subjectPrefix) {
        Eventually.until("an email '" + subjectPrefix + "...' to " + address + " (subjects so far)",
                () -> subjectsTo(address), subjects -> subjects.stream().anyMatch(subject -> subject.startsWith(subjectPrefix)));
    }

    private JsonNode awaitNotification(User user, Predicate<JsonNode> wanted) {
        return Eventually.until("a matching notification for " + user.email(),
                        () -> as(user).get("/api/v1/notifications?size=100").json().get("items"),
                        items -> items.valueStream().anyMatch(wanted))
                .valueStream().filter(wanted).findFirst().orElseThrow();
    }
}
