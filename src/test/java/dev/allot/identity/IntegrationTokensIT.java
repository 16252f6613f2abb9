package dev.allot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Long-lived API tokens for integrations (issue 15): named, issued by an admin for a person, listed
 * without their values, revocable, audited; they outlive a password change, not a deactivation or
 * their expiry.
 */
class IntegrationTokensIT extends AllotIntegrationTest {

    @Test
    void an_admin_issues_a_token_for_a_member_that_works_until_revoked_and_is_audited() {
        Api admin = as(admin());
        User member = member();

        Api.Response issued = admin.post("/api/v1/tokens", Map.of("name", "Room displays", "userId", member.id(),
                "days", 30));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String value = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();
        assertThat(value).startsWith("allot_");
        Api display = anonymous().withToken(value);
        assertThat(display.get("/api/v1/me").json().get("id").asLong()).isEqualTo(member.id());

        Api.Response listed = admin.get("/api/v1/tokens");
        assertThat(names(listed.json())).contains("Room displays");
        assertThat(listed.body()).doesNotContain(value);

        assertThat(admin.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(display.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin.delete("/api/v1/tokens/" + id).status()).isEqualTo(404);

        List<String> actions = new ArrayList<>();
        JsonNode audit = admin.get("/api/v1/audit?targetType=user&targetId=" + member.id()).json().get("items");
        audit.forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).contains("api-token.issued", "api-token.revoked");
        assertThat(audit.toString()).doesNotContain(value);
    }

    @Test
    void a_token_outlives_a_password_change_but_not_a_deactivation_or_its_expiry() {
        Api admin = as(admin());
        User member = member();
        String value = admin.post("/api/v1/tokens", Map.of("name", "Calendar sync", "userId", member.id(), "days", 2))
                .json().get("token").asString();
        Api sync = anonymous().withToken(value);

        assertThat(as(member).post("/api/v1/me/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "another long passphrase 42")).status()).isIn(200, 204);
        assertThat(sync.get("/api/v1/me").status()).as("after a password change").isEqualTo(200);

        clock().set(Instant.now().plus(Duration.ofDays(3)));
        assertThat(sync.get("/api/v1/me").status()).as("after its expiry").isEqualTo(401);
        clock().reset();

        String other = admin.post("/api/v1/tokens", Map.of("name", "Badge reader", "userId", member.id()))
                .json().get("token").asString();
        assertThat(as(admin()).post("/api/v1/users/" + member.id() + "/deactivate", Map.of()).status()).isEqualTo(200);
        assertThat(anonymous().withToken(other).get("/api/v1/me").status()).as("after a deactivation").isEqualTo(401);
    }

    @Test
    void only_admins_issue_and_every_field_is_checked() {
        User member = member();
        assertThat(as(member).post("/api/v1/tokens", Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(as(member).get("/api/v1/tokens").status()).isEqualTo(403);
        Api admin = as(admin());
        assertField(admin.post("/api/v1/tokens", Map.of("name", " ")), 400, "name");
        assertField(admin.post("/api/v1/tokens", Map.of("name", "Too long", "days", 731)), 400, "days");
        assertField(admin.post("/api/v1/tokens", Map.of("name", "Nobody", "userId", 987654321)), 422, "userId");
        Api.Response own = admin.post("/api/v1/tokens", Map.of("name", "Admin's script"));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().get("userId").asLong()).isEqualTo(admin().id());
    }

    private static List<String> names(JsonNode tokens) {
        List<String> names = new ArrayList<>();
        tokens.forEach(token -> names.add(token.get("name").asString()));
        return names;
    }

    private static void assertField(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
