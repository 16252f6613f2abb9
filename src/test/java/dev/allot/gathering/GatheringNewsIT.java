package dev.allot.gathering;

import static dev.allot.gathering.GatheringIT.evening;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Eventually;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The other side of each change is told, with the event's short link; whoever has a seat has reminders
 * a day and an hour before and "rate this event" at the end, dropped when they leave or the event is
 * called off, and moved with a new time.
 */
class GatheringNewsIT extends AllotIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired Identity identity;

    @Test
    void a_request_tells_the_host_and_the_answer_tells_the_guest_with_the_short_link() {
        User host = member();
        JsonNode event = as(host).post("/api/v1/events", evening(5, 3)).json();
        long id = event.get("id").asLong();
        String link = event.get("shortLink").asString();
        User guest = member();

        as(guest).post("/api/v1/events/" + id + "/requests", null);
        JsonNode request = awaitNotification(host, n -> n.get("kind").asString().equals("gathering-request"));
        as(host).post("/api/v1/events/" + id + "/participants/" + guest.id() + "/accept", null);
        JsonNode answer = awaitNotification(guest, n -> n.get("kind").asString().equals("gathering-answer"));

        assertThat(request.get("title").asString()).contains("asks to join", event.get("title").asString());
        assertThat(request.get("link").asString()).isEqualTo(link);
        assertThat(answer.get("title").asString()).startsWith("You have a seat at");
        assertThat(answer.get("body").asString()).contains("19:00", "Europe/Berlin");
        assertThat(answer.get("link").asString()).isEqualTo(link);
    }

    @Test
    void a_seat_brings_reminders_a_day_and_an_hour_before_and_a_rating_at_the_end_which_leave_with_the_guest() {
        User host = member();
        Map<String, Object> announced = evening(6, 3);
        long id = as(host).post("/api/v1/events", announced).json().get("id").asLong();
        User guest = member();
        as(host).post("/api/v1/events/" + id + "/invitations", Map.of("personId", guest.id()));
        as(guest).post("/api/v1/events/" + id + "/participation/accept", null);
        Instant start = OffsetDateTime.parse((String) announced.get("startsAt")).toInstant();
        Instant end = OffsetDateTime.parse((String) announced.get("endsAt")).toInstant();

        assertThat(due("gathering-reminder", id, guest)).containsExactlyInAnyOrder(
                start.minus(Duration.ofDays(1)), start.minus(Duration.ofHours(1)));
        assertThat(due("gathering-rate", id, guest)).containsExactly(end);
        assertThat(due("gathering-reminder", id, host)).hasSize(2);
        assertThat(awaitNotification(host, n -> n.get("kind").asString().equals("gathering-answer"))
                .get("title").asString()).contains("accepted your invitation");

        as(guest).post("/api/v1/events/" + id + "/participation/withdraw", null);

        assertThat(due("gathering-reminder", id, guest)).isEmpty();
        assertThat(due("gathering-rate", id, guest)).isEmpty();
        assertThat(due("gathering-reminder", id, host)).as("the host's stay").hasSize(2);
    }

    @Test
    void a_new_time_tells_those_who_come_and_moves_their_reminders_and_calling_it_off_drops_them() {
        User host = member();
        Map<String, Object> announced = evening(8, 3);
        long id = as(host).post("/api/v1/events", announced).json().get("id").asLong();
        User guest = member();
        as(guest).post("/api/v1/events/" + id + "/requests", null);
        as(host).post("/api/v1/events/" + id + "/participants/" + guest.id() + "/accept", null);
        OffsetDateTime later = OffsetDateTime.parse((String) announced.get("startsAt")).plusDays(1);

        as(host).put("/api/v1/events/" + id, GatheringIT.with(GatheringIT.with(announced, "startsAt", later.toString()),
                "endsAt", later.plusHours(2).toString()));

        JsonNode changed = awaitNotification(guest, n -> n.get("kind").asString().equals("gathering-changed"));
        assertThat(changed.get("body").asString()).contains("The start has moved.");
        assertThat(due("gathering-reminder", id, guest)).containsExactlyInAnyOrder(
                later.minusDays(1).toInstant(), later.minusHours(1).toInstant());

        as(host).delete("/api/v1/events/" + id);

        assertThat(awaitNotification(guest, n -> n.get("title").asString().endsWith("is called off"))).isNotNull();
        assertThat(due("gathering-reminder", id, guest)).isEmpty();
        assertThat(due("gathering-reminder", id, host)).isEmpty();
        assertThat(kinds(host)).as("the host called it off: no news to them of their own doing")
                .doesNotContain("gathering-changed");
    }

    @Test
    void news_is_worded_in_the_recipients_language() {
        User host = member();
        identity.updatePreferences(new UserId(host.id()), "ru", null);
        long id = as(host).post("/api/v1/events", evening(9, 3)).json().get("id").asLong();

        as(member()).post("/api/v1/events/" + id + "/requests", null);

        JsonNode request = awaitNotification(host, n -> n.get("kind").asString().equals("gathering-request"));
        assertThat(request.get("title").asString()).contains("просится на");
    }

    private List<Instant> due(String kind, long event, User person) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = 'notify-due' "
                        + "and task_instance like :prefix")
                .param("prefix", kind + ":gathering-seat-" + event + "-" + person.id() + ":%")
                .query((rs, row) -> rs.getTimestamp(1, java.util.Calendar.getInstance(
                        java.util.TimeZone.getTimeZone("UTC"))).toInstant())
                .list();
    }

    private List<String> kinds(User user) {
        return as(user).get("/api/v1/notifications?size=100").json().get("items").valueStream()
                .map(n -> n.get("kind").asString()).toList();
    }

    private JsonNode awaitNotification(User user, Predicate<JsonNode> wanted) {
        return Eventually.until("a matching notification for " + user.email(),
                        () -> as(user).get("/api/v1/notifications?size=100").json().get("items"),
                        items -> items.valueStream().anyMatch(wanted))
                .valueStream().filter(wanted).findFirst().orElseThrow();
    }
}
