package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A new password, however it is set, ends every other way in (issue 14, finding 1); passwords are
 * not limited to bcrypt's 72 bytes, and hashes made before still work (finding 5).
 */
class CredentialsIT extends AllotIntegrationTest {

    private static final String NEW_PASSWORD = "a quite different passphrase";

    @Autowired
    DataSource dataSource;

    // --- finding 1: sessions end ---------------------------------------------------------------------

    @Test
    void a_password_changed_on_the_profile_page_signs_out_every_other_browser_and_token_but_not_this_browser() {
        User person = member();
        WebSession here = WebSession.signedIn(port, person.email(), PASSWORD);
        WebSession elsewhere = WebSession.signedIn(port, person.email(), PASSWORD);

        String profile = here.get("/me").body();
        HttpResponse<String> changed = here.post("/me/password", Map.of("currentPassword", PASSWORD,
                "newPassword", NEW_PASSWORD, "_csrf", WebSession.hidden(profile, "_csrf")));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(here.get("/me").statusCode()).isEqualTo(200);
        assertSignedOut(elsewhere);
        assertThat(as(person).get("/api/v1/me").status()).isEqualTo(401);
        WebSession.signedIn(port, person.email(), NEW_PASSWORD);
    }

    @Test
    void a_password_changed_through_the_api_signs_out_every_browser_and_keeps_the_token_that_changed_it() {
        User person = member();
        WebSession browser = WebSession.signedIn(port, person.email(), PASSWORD);

        Api.Response changed = as(person).post("/api/v1/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertSignedOut(browser);
        assertThat(as(person).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void a_password_an_admin_sets_signs_the_person_out_everywhere() {
        User person = member();
        WebSession browser = WebSession.signedIn(port, person.email(), PASSWORD);

        Api.Response reset = as(admin()).put("/api/v1/people/" + person.id(), Map.of("displayName", "Reset person",
                "email", person.email(), "password", NEW_PASSWORD));

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertSignedOut(browser);
        assertThat(as(person).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(signIn(person.email(), NEW_PASSWORD).token()).isNotBlank();
    }

    @Test
    void deactivation_signs_the_person_out_everywhere() {
        User person = member();
        WebSession browser = WebSession.signedIn(port, person.email(), PASSWORD);

        assertThat(as(admin()).post("/api/v1/users/" + person.id() + "/deactivate", null).status()).isEqualTo(200);

        assertSignedOut(browser);
        assertThat(as(person).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void changing_the_language_keeps_the_session() {
        User person = member();
        WebSession browser = WebSession.signedIn(port, person.email(), PASSWORD);
        as(person).post("/api/v1/me/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));
        WebSession after = WebSession.signedIn(port, person.email(), NEW_PASSWORD);

        assertThat(after.get("/?lang=ru").statusCode()).isEqualTo(200);

        assertThat(after.get("/me").statusCode()).isEqualTo(200);
        assertSignedOut(browser);
    }

    // --- finding 5: long passphrases, old hashes -----------------------------------------------------------

    @Test
    void passphrases_longer_than_72_bytes_register_sign_in_and_change() {
        String email = unique("long") + "@example.test";
        String long100 = "amber lantern quietly counts the river stones while seven herons argue about the price of tea in Osl";
        // 128 characters, 234 bytes in UTF-8
        String cyrillic128 = "Серебряный фонарь тихо качается над рекой, а старый кот считает звёзды на крыше соседнего дома "
                + "в половине третьего ночи в среду!";

        Api.Response registered = anonymous().post("/api/v1/auth/register",
                Map.of("email", email, "password", long100, "displayName", "Long Passphrase"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        User person = signIn(email, long100);
        Api.Response changed = as(person).post("/api/v1/me/password",
                Map.of("currentPassword", long100, "newPassword", cyrillic128));

        assertThat(long100).hasSize(100);
        assertThat(cyrillic128).hasSize(128);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(signIn(email, cyrillic128).token()).isNotBlank();
        WebSession.signedIn(port, email, cyrillic128);
        // Only the first 72 bytes matter to bcrypt; to Argon2id every byte does.
        assertThat(anonymous().post("/api/v1/auth/token", Map.of("email", email,
                "password", cyrillic128.substring(0, 127) + "?")).status()).isEqualTo(401);
    }

    @Test
    void a_sign_up_page_takes_a_long_passphrase() {
        WebSession browser = new WebSession("http://localhost:" + port);
        String email = unique("signup-long") + "@example.test";
        String form = browser.get("/signup").body();

        HttpResponse<String> signedUp = browser.post("/signup", Map.of("email", email, "password",
                "seven herons argue about the price of tea in Oslo while an amber lantern quietly counts the river stones at dawn, twice!",
                "displayName", "Long Signup", "_csrf", WebSession.hidden(form, "_csrf")));

        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(302);
        assertThat(browser.get("/me").statusCode()).isEqualTo(200);
    }

    @Test
    void a_bcrypt_hash_from_before_still_signs_in_and_is_replaced_by_argon2id_without_ending_sessions() {
        User person = member();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD)).param("id", person.id()).update();
        WebSession first = WebSession.signedIn(port, person.email(), PASSWORD);

        User again = signIn(person.email(), PASSWORD);

        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", person.id())
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$");
        assertThat(as(again).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(first.get("/me").statusCode()).isEqualTo(200);
        assertThat(signIn(person.email(), PASSWORD).token()).isNotBlank();
    }

    // --- weak passwords --------------------------------------------------------------------------------------

    @Test
    void common_or_patterned_passwords_are_refused_wherever_a_password_is_chosen() {
        for (String weak : java.util.List.of("P@ssw0rd!", "sunshine1", "qwertyuiop", "12345678", "aaaaaaaaaaaa")) {
            Api.Response registered = anonymous().post("/api/v1/auth/register", Map.of("email",
                    unique("weak") + "@example.test", "password", weak, "displayName", "Weak"));
            assertWeak(registered, "password");
        }
        User person = member();
        assertWeak(as(person).post("/api/v1/me/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "iloveyou2")), "newPassword");
        assertWeak(as(admin()).put("/api/v1/people/" + person.id(), Map.of("displayName", "Weak reset",
                "email", person.email(), "password", "password123")), "password");
        assertThat(signIn(person.email(), PASSWORD).token()).isNotBlank();
    }

    @Test
    void the_sign_up_page_says_why_a_password_is_refused_under_the_password() {
        WebSession browser = new WebSession("http://localhost:" + port);
        String form = browser.get("/signup").body();

        HttpResponse<String> refused = browser.post("/signup", Map.of("email", unique("weak-page") + "@example.test",
                "password", "password123", "displayName", "Weak Page", "_csrf", WebSession.hidden(form, "_csrf")));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(WebSession.errorOf(refused.body(), "password")).contains("easy to guess");
    }

    private static void assertWeak(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/weak-password");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static void assertSignedOut(WebSession browser) {
        HttpResponse<String> page = browser.get("/me");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/login"));
    }
}
