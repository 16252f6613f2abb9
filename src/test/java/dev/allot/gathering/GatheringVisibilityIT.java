package dev.allot.gathering;

import static dev.allot.gathering.GatheringIT.evening;
import static dev.allot.gathering.GatheringIT.ids;
import static dev.allot.gathering.GatheringIT.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Hidden events stay hidden: a followers-only event from non-followers and an invite-only one from the
 * uninvited, through every endpoint, answered 404 as if they did not exist.
 */
class GatheringVisibilityIT extends AllotIntegrationTest {

    @Test
    void a_followers_only_event_is_invisible_to_strangers_and_open_to_followers() {
        User host = member();
        String film = unique("Mirror");
        long id = publish(host, with(with(evening(25, 3), "privacy", "FOLLOWERS_ONLY"), "film", Map.of("title", film)));
        User stranger = member();

        assertHidden(stranger, id, host);
        assertThat(ids(as(stranger).get("/api/v1/events?film=" + film))).isEmpty();

        User follower = member();
        assertThat(as(follower).post("/api/v1/people/" + host.id() + "/followers", null).status()).isEqualTo(200);
        assertThat(ids(as(follower).get("/api/v1/events?film=" + film))).containsExactly(id);
        assertThat(ids(as(follower).get("/api/v1/events?following=true&film=" + film))).containsExactly(id);
        assertThat(as(follower).post("/api/v1/events/" + id + "/requests", null).status()).isEqualTo(201);

        as(follower).delete("/api/v1/people/" + host.id() + "/followers");
        assertThat(as(follower).get("/api/v1/events/" + id).status())
                .as("who asked still sees the event they asked to join").isEqualTo(200);
        User unfollowed = member();
        as(unfollowed).post("/api/v1/people/" + host.id() + "/followers", null);
        as(unfollowed).delete("/api/v1/people/" + host.id() + "/followers");
        assertHidden(unfollowed, id, host);
    }

    @Test
    void an_invite_only_event_is_invisible_to_the_uninvited_and_open_to_the_invited() {
        User host = member();
        String film = unique("Nostalghia");
        long id = publish(host, with(with(evening(26, 3), "privacy", "INVITE_ONLY"), "film", Map.of("title", film)));
        User follower = member();
        as(follower).post("/api/v1/people/" + host.id() + "/followers", null);

        assertHidden(follower, id, host);
        assertHidden(member(), id, host);
        assertThat(ids(as(follower).get("/api/v1/events?film=" + film))).isEmpty();

        User invited = member();
        as(host).post("/api/v1/events/" + id + "/invitations", Map.of("personId", invited.id()));
        assertThat(ids(as(invited).get("/api/v1/events?film=" + film))).containsExactly(id);
        assertThat(as(invited).get("/api/v1/events/" + id).json().get("myParticipation").asString()).isEqualTo("INVITED");
        assertThat(as(invited).post("/api/v1/events/" + id + "/participation/accept", null).status()).isEqualTo(200);
    }

    @Test
    void the_hosts_invitation_link_lets_whoever_has_it_take_a_seat_at_an_invite_only_event_and_nobody_else() {
        User host = member();
        JsonNode created = as(host).post("/api/v1/events", with(evening(28, 1), "privacy", "INVITE_ONLY")).json();
        long id = created.get("id").asLong();
        String link = created.get("invitationLink").asString();
        assertThat(link).startsWith(created.get("shortLink").asString() + "?invite=");
        String code = created.get("shortLink").asString().substring(3);
        String token = link.substring(link.indexOf("invite=") + 7);
        User friend = member();
        assertThat(as(friend).get("/api/v1/events/" + id).status()).isEqualTo(404);
        assertThat(as(friend).get("/api/v1/invitations/" + code + "?token=wrong" + token).status()).isEqualTo(404);
        JsonNode seen = as(friend).get("/api/v1/invitations/" + code + "?token=" + token).json();
        assertThat(seen.get("invitationLink").isNull()).as("only the host sees the link").isTrue();

        Api.Response accepted = as(friend).post("/api/v1/invitations/" + code + "/accept", Map.of("token", token));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("invitedBy").get("id").asLong()).isEqualTo(host.id());
        assertThat(as(friend).get("/api/v1/events/" + id).status()).isEqualTo(200);
        User late = member();
        Api.Response full = as(late).post("/api/v1/invitations/" + code + "/accept", Map.of("token", token));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().get("type").asString()).endsWith("/no-seats");
        assertThat(as(late).get("/api/v1/events/" + id).json().get("myParticipation").asString())
                .as("one stays invited, for a seat that frees").isEqualTo("INVITED");
    }

    @Test
    void following_oneself_or_nobody_is_refused() {
        User me = member();
        assertThat(as(me).post("/api/v1/people/" + me.id() + "/followers", null).status()).isEqualTo(422);
        assertThat(as(me).post("/api/v1/people/999999999/followers", null).status()).isEqualTo(404);
    }

    private long publish(User host, Map<String, Object> event) {
        Api.Response created = as(host).post("/api/v1/events", event);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** Every endpoint of the event answers {@code stranger} 404, and none of them changes anything. */
    private void assertHidden(User stranger, long id, User host) {
        String event = "/api/v1/events/" + id;
        Api api = as(stranger);
        List<Api.Response> answers = List.of(
                api.get(event),
                api.put(event, evening(27, 2)),
                api.delete(event),
                api.post(event + "/close", null),
                api.post(event + "/reopen", null),
                api.post(event + "/requests", null),
                api.get(event + "/participants"),
                api.post(event + "/participants/" + host.id() + "/accept", null),
                api.post(event + "/participants/" + host.id() + "/reject", null),
                api.post(event + "/invitations", Map.of("personId", stranger.id())),
                api.post(event + "/participation/accept", null),
                api.post(event + "/participation/decline", null),
                api.post(event + "/participation/withdraw", null));
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Film evening");
        });
        assertThat(as(host).get(event + "/participants").json().valueStream()
                .anyMatch(p -> p.get("person").get("id").asLong() == stranger.id())).isFalse();
    }
}
