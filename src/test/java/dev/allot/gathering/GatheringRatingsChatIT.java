package dev.allot.gathering;

import static dev.allot.gathering.GatheringIT.evening;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * After an event the guests who came rate the host and the host each of them, once per pair, changeable
 * for 14 days; before its end nobody rates. The chat is the host's and the accepted guests', and leaves
 * with a guest who is no longer accepted.
 */
class GatheringRatingsChatIT extends AllotIntegrationTest {

    record Evening(long id, User host, User guest, User other, OffsetDateTime end) {}

    /** The clock at {@code at}, and the people signed in again then (a token's lifetime runs on that clock). */
    private Evening at(Evening e, OffsetDateTime at) {
        clock().set(at.toInstant());
        return new Evening(e.id(), signIn(e.host().email(), PASSWORD), signIn(e.guest().email(), PASSWORD),
                signIn(e.other().email(), PASSWORD), e.end());
    }

    private Evening twoGuests(int daysAhead) {
        User host = member();
        Map<String, Object> event = evening(daysAhead, 3);
        long id = as(host).post("/api/v1/events", event).json().get("id").asLong();
        User guest = member();
        User other = member();
        for (User g : new User[] {guest, other}) {
            as(g).post("/api/v1/events/" + id + "/requests", null);
            as(host).post("/api/v1/events/" + id + "/participants/" + g.id() + "/accept", null);
        }
        return new Evening(id, host, guest, other, OffsetDateTime.parse((String) event.get("endsAt")));
    }

    @Test
    void after_the_end_guests_rate_the_host_and_the_host_rates_a_guest_once_per_pair() {
        Evening before = twoGuests(2);
        String ratings = "/api/v1/events/" + before.id() + "/ratings";
        Api.Response early = as(before.guest()).post(ratings, Map.of("score", 5));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("violations").get(0).get("rule").asString()).isEqualTo("event-not-over");

        Evening e = at(before, before.end().plusHours(1));
        Api.Response byGuest = as(e.guest()).post(ratings, Map.of("score", 5, "comment", "Lovely evening"));
        Api.Response byOther = as(e.other()).post(ratings, Map.of("score", 4));
        Api.Response byHost = as(e.host()).post(ratings, Map.of("personId", e.guest().id(), "score", 3));

        assertThat(byGuest.status()).as(byGuest.toString()).isEqualTo(201);
        assertThat(byGuest.json().get("of").get("id").asLong()).isEqualTo(e.host().id());
        assertThat(byGuest.json().get("ofHost").asBoolean()).isTrue();
        assertThat(byOther.status()).isEqualTo(201);
        assertThat(byHost.status()).as(byHost.toString()).isEqualTo(201);
        Api.Response twice = as(e.guest()).post(ratings, Map.of("score", 1));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("type").asString()).endsWith("/already-rated");
        assertThat(as(e.guest()).post(ratings, Map.of("personId", e.other().id(), "score", 1)).status())
                .as("guests rate the host, not each other").isEqualTo(422);
        assertThat(as(member()).post(ratings, Map.of("score", 1)).status()).as("a stranger did not come").isEqualTo(403);

        JsonNode event = as(member()).get("/api/v1/events/" + e.id()).json();
        assertThat(event.get("status").asString()).isEqualTo("DONE");
        assertThat(event.get("host").get("rating").get("average").asDouble()).isEqualTo(4.5);
        assertThat(event.get("host").get("rating").get("count").asInt()).isEqualTo(2);
        JsonNode guestRating = as(member()).get("/api/v1/people/" + e.guest().id() + "/ratings").json();
        assertThat(guestRating.get("asGuest").get("average").asDouble()).isEqualTo(3.0);
        assertThat(guestRating.get("asHost").get("count").asInt()).isZero();
        assertThat(as(e.host()).get(ratings).json()).hasSize(3);
        String since = "/api/v1/events?from=" + java.net.URLEncoder.encode(e.end().minusDays(1).toString(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(GatheringIT.ids(as(e.guest()).get(since + "&minHostRating=4.5"))).contains(e.id());
        assertThat(GatheringIT.ids(as(e.guest()).get(since + "&minHostRating=4.6"))).doesNotContain(e.id());
        assertThat(as(e.guest()).get(since + "&minHostRating=9").status()).isEqualTo(400);
    }

    @Test
    void a_rating_can_be_changed_and_removed_for_fourteen_days_and_then_no_more() {
        Evening e = at(twoGuests(2), OffsetDateTime.now().plusDays(3));
        String ratings = "/api/v1/events/" + e.id() + "/ratings";
        long rating = as(e.guest()).post(ratings, Map.of("score", 2)).json().get("id").asLong();

        Api.Response changed = as(e.guest()).put(ratings + "/" + rating, Map.of("score", 4, "comment", "On second thought"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("score").asInt()).isEqualTo(4);
        assertThat(as(e.other()).put(ratings + "/" + rating, Map.of("score", 1)).status())
                .as("someone else's rating").isEqualTo(404);

        Evening later = at(e, OffsetDateTime.now().plusDays(3).plus(Duration.ofDays(15)));
        Api.Response late = as(later.guest()).delete(ratings + "/" + rating);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("violations").get(0).get("rule").asString()).isEqualTo("rating-closed");
    }

    @Test
    void the_chat_is_for_the_host_and_accepted_guests_who_edit_their_own_and_the_host_removes_any() {
        Evening e = twoGuests(3);
        String chat = "/api/v1/events/" + e.id() + "/messages";

        long first = as(e.guest()).post(chat, Map.of("text", "Shall I bring snacks?")).json().get("id").asLong();
        Api.Response answer = as(e.host()).post(chat, Map.of("text", "Yes please"));
        assertThat(answer.status()).isEqualTo(201);
        long second = answer.json().get("id").asLong();

        JsonNode all = as(e.other()).get(chat).json();
        assertThat(all).extracting(m -> m.get("text").asString()).containsExactly("Shall I bring snacks?", "Yes please");
        assertThat(as(e.other()).get(chat + "?after=" + first).json()).extracting(m -> m.get("id").asLong())
                .containsExactly(second);
        assertThat(as(member()).get(chat).status()).isEqualTo(403);
        assertThat(as(e.other()).put(chat + "/" + first, Map.of("text", "hijack")).status()).isEqualTo(403);
        assertThat(as(e.other()).delete(chat + "/" + first).status()).isEqualTo(403);
        Api.Response edited = as(e.guest()).put(chat + "/" + first, Map.of("text", "Shall I bring popcorn?"));
        assertThat(edited.json().get("editedAt").isNull()).isFalse();
        assertThat(as(e.guest()).post(chat, Map.of("text", "   ")).status()).isEqualTo(400);

        assertThat(as(e.host()).delete(chat + "/" + first).status()).isEqualTo(204);
        assertThat(as(e.guest()).get(chat).json()).hasSize(1);

        as(e.host()).post("/api/v1/events/" + e.id() + "/participants/" + e.other().id() + "/reject", null);
        assertThat(as(e.other()).get(chat).status()).as("no longer accepted, no longer in the chat").isEqualTo(403);
    }
}
