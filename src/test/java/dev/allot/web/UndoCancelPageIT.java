package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Undo of a cancellation (issue 16, defect 11): once, for a few minutes, one's own, if the time is free. */
class UndoCancelPageIT extends AllotIntegrationTest {

    @Test
    void undo_books_the_same_time_again_once_and_not_after_a_few_minutes() {
        clock().set(Instant.parse("2027-03-01T07:00:00Z"));
        User member = member();
        long room = room(4);
        long first = as(member).post("/api/v1/bookings", booking(room, OffsetDateTime.parse("2027-03-03T10:00:00+01:00"),
                OffsetDateTime.parse("2027-03-03T11:00:00+01:00"))).json().get("id").asLong();
        WebSession web = WebSession.signedIn(port, member.email(), PASSWORD);
        String csrf = WebSession.hidden(web.get("/bookings").body(), "_csrf");

        assertThat(web.post("/bookings/" + first + "/cancel", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
        assertThat(web.get("/bookings").body()).contains("/bookings/" + first + "/undo");
        assertThat(web.post("/bookings/" + first + "/undo", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
        assertThat(web.get("/bookings").body()).contains("Booked again:");
        assertThat(web.post("/bookings/" + first + "/undo", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
        assertThat(active(member, room)).as("a second click books once").isEqualTo(1);

        WebSession other = WebSession.signedIn(port, member().email(), PASSWORD);
        assertThat(other.post("/bookings/" + first + "/undo",
                Map.of("_csrf", WebSession.hidden(other.get("/bookings").body(), "_csrf"))).statusCode()).isEqualTo(302);
        assertThat(other.get("/bookings").body()).as("not theirs").contains("can no longer be undone");
        assertThat(active(member, room)).isEqualTo(1);

        long second = as(signIn(member.email(), PASSWORD)).post("/api/v1/bookings", booking(room,
                OffsetDateTime.parse("2027-03-04T10:00:00+01:00"), OffsetDateTime.parse("2027-03-04T11:00:00+01:00")))
                .json().get("id").asLong();
        assertThat(web.post("/bookings/" + second + "/cancel", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
        clock().set(Instant.parse("2027-03-01T07:00:00Z").plus(Duration.ofMinutes(3)));
        WebSession later = WebSession.signedIn(port, member.email(), PASSWORD);
        HttpResponse<String> late = later.post("/bookings/" + second + "/undo",
                Map.of("_csrf", WebSession.hidden(later.get("/bookings").body(), "_csrf")));
        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(later.get("/bookings").body()).contains("can no longer be undone");
        assertThat(active(member, room)).isEqualTo(1);
    }

    private long active(User member, long room) {
        JsonNode items = as(signIn(member.email(), PASSWORD)).get("/api/v1/bookings?resourceId=" + room).json()
                .get("items");
        return items.valueStream().filter(b -> b.get("status").asString().equals("CONFIRMED")).count();
    }
}
