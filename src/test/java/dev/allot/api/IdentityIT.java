package dev.allot.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * People and their powers: registration, tokens, throttled sign-in, roles changed by an admin
 * taking effect at once, and deactivation ending access.
 */
class IdentityIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void a_newly_registered_person_gets_a_token_and_sees_themself_as_member() {
        String email = unique("newcomer") + "@example.test";

        Api.Response registered = anonymous().post("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "displayName", "New Comer"));
        Api.Response token = anonymous().post("/api/v1/auth/token", Map.of("email", email, "password", PASSWORD));
        Api.Response me = anonymous().withToken(token.json().get("accessToken").asString()).get("/api/v1/me");

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo("/api/v1/users/" + registered.json().get("id").asLong());
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(token.json().get("expiresIn").asLong()).isPositive();
        assertThat(token.json().get("user").get("email").asString()).isEqualTo(email);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("id").asLong()).isEqualTo(registered.json().get("id").asLong());
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.json().get("displayName").asString()).isEqualTo("New Comer");
        assertThat(me.json().get("role").asString()).isEqualTo("MEMBER");
        assertThat(me.json().get("active").asBoolean()).isTrue();
    }

    @Test
    void a_wrong_password_is_a_401() {
        User user = member();

        Api.Response response = anonymous().post("/api/v1/auth/token",
                Map.of("email", user.email(), "password", "not the password"));

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/bad-credentials");
        assertThat(response.json().has("accessToken")).isFalse();
    }

    @Test
    void after_five_failed_sign_ins_for_one_email_from_one_address_the_next_attempt_waits_with_retry_after() {
        User user = member();
        clock().set(java.time.Instant.now());
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.Response failed = anonymous().post("/api/v1/auth/token",
                    Map.of("email", user.email(), "password", "guess number " + attempt));
            assertThat(failed.status()).as("attempt " + attempt + ": " + failed).isEqualTo(401);
        }

        Api.Response response = anonymous().post("/api/v1/auth/token",
                Map.of("email", user.email(), "password", PASSWORD));

        assertThat(response.status()).as(response.toString()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/login-throttled");
        assertThat(response.header("Retry-After")).isNotNull();
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }

    @Test
    void an_admin_lists_people_page_by_page() {
        member();
        member();
        member();
        Api admin = as(admin());

        Api.Response first = admin.get("/api/v1/users?page=0&size=2");
        Api.Response second = admin.get("/api/v1/users?page=1&size=2");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("items")).hasSize(2);
        assertThat(first.json().get("page").asInt()).isZero();
        assertThat(first.json().get("size").asInt()).isEqualTo(2);
        assertThat(first.json().get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(second.json().get("page").asInt()).isEqualTo(1);
        assertThat(second.json().get("items")).hasSize(2);
        Set<Long> ids = new HashSet<>();
        for (JsonNode user : first.json().get("items")) {
            ids.add(user.get("id").asLong());
        }
        for (JsonNode user : second.json().get("items")) {
            assertThat(ids.add(user.get("id").asLong())).as("user %s on both pages", user).isTrue();
            assertThat(user.has("passwordHash")).isFalse();
        }
    }

    @Test
    void a_member_made_viewer_by_an_admin_can_no_longer_book() {
        User user = member();
        long room = room(4);

        Api.Response changed = as(admin()).put("/api/v1/users/" + user.id() + "/role", Map.of("role", "VIEWER"));
        Api.Response booking = as(user).post("/api/v1/bookings", booking(room, at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0)));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("VIEWER");
        assertThat(as(user).get("/api/v1/me").json().get("role").asString()).isEqualTo("VIEWER");
        assertThat(booking.status()).as(booking.toString()).isEqualTo(403);
        assertThat(booking.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_viewer_made_member_by_an_admin_can_book_with_the_same_token() {
        User user = viewer();
        long room = room(4);

        as(admin()).put("/api/v1/users/" + user.id() + "/role", Map.of("role", "MEMBER"));
        Api.Response booking = as(user).post("/api/v1/bookings", booking(room, at(ZONE, 2, 10, 0), at(ZONE, 2, 11, 0)));

        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
    }

    @Test
    void a_member_made_admin_can_manage_sites() {
        User user = member();

        as(admin()).put("/api/v1/users/" + user.id() + "/role", Map.of("role", "ADMIN"));
        Api.Response site = as(user).post("/api/v1/sites", Map.of("name", unique("Promoted site"), "timeZone", ZONE));

        assertThat(site.status()).as(site.toString()).isEqualTo(201);
    }

    @Test
    void a_deactivated_persons_existing_token_stops_working() {
        User user = member();
        assertThat(as(user).get("/api/v1/me").status()).isEqualTo(200);

        Api.Response deactivated = as(admin()).post("/api/v1/users/" + user.id() + "/deactivate", null);
        Api.Response me = as(user).get("/api/v1/me");

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(me.status()).as(me.toString()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.json().get("type").asString()).endsWith("/invalid-token");
    }

    @Test
    void a_deactivated_person_cannot_get_a_new_token() {
        User user = member();
        as(admin()).post("/api/v1/users/" + user.id() + "/deactivate", null);

        Api.Response token = anonymous().post("/api/v1/auth/token", Map.of("email", user.email(), "password", PASSWORD));

        assertThat(token.status()).as(token.toString()).isEqualTo(401);
        assertThat(token.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_admin_cannot_deactivate_themself() {
        // A second admin, so that a failure here cannot lock the suite's own admin out.
        User otherAdmin = withRole("ADMIN");

        Api.Response response = as(otherAdmin).post("/api/v1/users/" + otherAdmin.id() + "/deactivate", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/self-deactivation");
        assertThat(as(otherAdmin).get("/api/v1/me").json().get("active").asBoolean()).isTrue();
    }

    @Test
    void an_email_registered_in_mixed_case_signs_in_in_lower_case() {
        String local = unique("Foo");
        String mixed = local + "@Example.test";
        String lower = mixed.toLowerCase(java.util.Locale.ROOT);
        Api.Response registered = anonymous().post("/api/v1/auth/register",
                Map.of("email", mixed, "password", PASSWORD, "displayName", "Foo"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        Api.Response token = anonymous().post("/api/v1/auth/token", Map.of("email", lower, "password", PASSWORD));

        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.json().get("user").get("id").asLong()).isEqualTo(registered.json().get("id").asLong());
        assertThat(token.json().get("user").get("email").asString()).isEqualTo(lower);
    }

    @Test
    void an_email_that_differs_only_in_case_cannot_be_registered_again() {
        String email = unique("case") + "@example.test";
        anonymous().post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "One"));

        Api.Response again = anonymous().post("/api/v1/auth/register",
                Map.of("email", email.toUpperCase(java.util.Locale.ROOT), "password", PASSWORD, "displayName", "Two"));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/email-taken");
    }
}
