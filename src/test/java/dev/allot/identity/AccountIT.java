package dev.allot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What people do with their own account: profile, password, signing out. */
class AccountIT extends AllotIntegrationTest {

    @Test
    void a_person_changes_their_display_name() {
        User member = member();

        Api.Response changed = as(member).put("/api/v1/me", Map.of("displayName", "  Ada Lovelace "));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(as(member).get("/api/v1/me").json().get("displayName").asString()).isEqualTo("Ada Lovelace");
    }

    @Test
    void a_password_change_needs_the_current_password() {
        User member = member();

        Api.Response wrong = as(member).post("/api/v1/me/password",
                Map.of("currentPassword", "not my password", "newPassword", "a brand new secret"));

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
    }

    @Test
    void after_a_password_change_only_the_new_password_and_the_current_token_work() {
        User member = member();
        User otherDevice = signIn(member.email(), PASSWORD);

        Api.Response changed = as(member).post("/api/v1/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "a brand new secret"));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(as(member).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(as(otherDevice).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/v1/auth/token", Map.of("email", member.email(), "password", PASSWORD))
                .status()).isEqualTo(401);
        assertThat(signIn(member.email(), "a brand new secret").token()).isNotBlank();
    }

    @Test
    void a_token_used_a_moment_ago_carries_a_new_role_and_a_deactivation_at_once() {
        User member = member();
        long room = room(2);
        var start = at("Europe/Berlin", 3, 10, 0);
        assertThat(as(member).get("/api/v1/me").json().get("role").asString()).isEqualTo("MEMBER");

        Api.Response demoted = as(admin()).put("/api/v1/users/" + member.id() + "/role", Map.of("role", "VIEWER"));
        Api.Response meAsViewer = as(member).get("/api/v1/me");
        Api.Response bookingAsViewer = as(member).post("/api/v1/bookings", booking(room, start, start.plusHours(1)));
        Api.Response deactivated = as(admin()).post("/api/v1/users/" + member.id() + "/deactivate", null);
        Api.Response meDeactivated = as(member).get("/api/v1/me");

        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
        assertThat(meAsViewer.json().get("role").asString()).isEqualTo("VIEWER");
        assertThat(bookingAsViewer.status()).isEqualTo(403);
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(meDeactivated.status()).isEqualTo(401);
    }

    @Test
    void signing_out_revokes_the_token() {
        User member = member();

        Api.Response out = as(member).post("/api/v1/auth/logout", null);

        assertThat(out.status()).isEqualTo(204);
        assertThat(as(member).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void an_admin_lists_everyones_pending_bookings_in_one_call() {
        long room = resource(site("Europe/Berlin"), "ROOM", 6, true);
        var start = at("Europe/Berlin", 4, 10, 0);
        long pending = as(member()).post("/api/v1/bookings", booking(room, start, start.plusHours(1))).json()
                .get("id").asLong();

        Api.Response all = as(admin()).get("/api/v1/bookings?all=true&status=PENDING&size=200");
        Api.Response mineOnly = as(admin()).get("/api/v1/bookings?status=PENDING&size=200");

        assertThat(all.json().get("items").findValues("id")).extracting(node -> node.asLong()).contains(pending);
        assertThat(mineOnly.json().get("items").findValues("id")).extracting(node -> node.asLong())
                .doesNotContain(pending);
    }
}
