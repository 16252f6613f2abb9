package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.AllotApplication;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import dev.allot.testing.TestOidc;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Company sign-in (issue 15, ADR 36) against a real OpenID Connect provider on loopback: the first
 * sign-in brings a new person in as a member, the role follows the provider's groups, a deactivated
 * person is refused, signing out ends the session, and with local passwords off only the company
 * sign-in is offered.
 */
class CompanySignInIT extends AllotIntegrationTest {

    @Autowired
    Environment environment;

    /** A browser: cookies per host, every redirect followed (Allot, the provider, back). */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in page's company button, then the provider, then back. */
    private HttpResponse<String> signInAtTheCompany(HttpClient browser) throws Exception {
        String login = get(browser, "/login").body();
        assertThat(login).contains("Sign in with Example Corp");
        return get(browser, "/oauth2/authorization/company");
    }

    @Test
    void the_first_company_sign_in_brings_a_new_person_in_as_a_member() throws Exception {
        String name = "Nina " + UUID.randomUUID().toString().substring(0, 8);
        String email = name.replace(' ', '.').toLowerCase() + "@corp.example";
        TestOidc.next(email, name, List.of("staff"));
        HttpClient browser = browser();

        HttpResponse<String> landed = signInAtTheCompany(browser);

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.body()).contains(name);
        JsonNode person = person(name);
        assertThat(person.get("email").asString()).isEqualTo(email);
        assertThat(person.get("role").asString()).isEqualTo("MEMBER");
        assertThat(get(browser, "/bookings").statusCode()).isEqualTo(200);
    }

    @Test
    void the_role_follows_the_providers_groups() throws Exception {
        User member = member();
        TestOidc.next(member.email(), "Whoever", List.of("allot-admins"));
        HttpClient browser = browser();

        assertThat(signInAtTheCompany(browser).uri().getPath()).isEqualTo("/");

        assertThat(role(member)).isEqualTo("ADMIN");
        assertThat(get(browser, "/admin").statusCode()).isEqualTo(200);
        TestOidc.next(member.email(), "Whoever", List.of("allot-viewers"));
        assertThat(signInAtTheCompany(browser()).uri().getPath()).isEqualTo("/");
        assertThat(role(member)).isEqualTo("VIEWER");
    }

    @Test
    void a_deactivated_person_is_refused_and_signing_out_ends_the_session() throws Exception {
        User member = member();
        TestOidc.next(member.email(), "Member", List.of());
        HttpClient browser = browser();
        assertThat(signInAtTheCompany(browser).uri().getPath()).isEqualTo("/");

        HttpResponse<String> home = get(browser, "/me");
        String csrf = WebSession.hidden(get(browser, "/bookings").body(), "_csrf");
        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(out.uri().getQuery()).isEqualTo("signedOut");
        assertThat(get(browser, "/bookings").uri().getPath()).as("signed out").isEqualTo("/login");

        assertThat(as(admin()).post("/api/v1/users/" + member.id() + "/deactivate", Map.of()).status()).isEqualTo(200);
        TestOidc.next(member.email(), "Member", List.of());
        HttpResponse<String> refused = signInAtTheCompany(browser());
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("refused");
        assertThat(refused.body()).contains("not let in");
        assertThat(home.statusCode()).isEqualTo(200);
    }

    @Test
    void with_local_passwords_off_only_the_company_sign_in_is_offered() throws Exception {
        List<String> arguments = secondNodeArguments(environment, "--allot.identity.local-passwords=false",
                "--allot.telegram.run=false", "--allot.backup.daily=false", "--allot.oidc.issuer-uri=" + TestOidc.issuerUri(),
                "--allot.oidc.client-id=" + TestOidc.CLIENT_ID, "--allot.oidc.client-secret=" + TestOidc.CLIENT_SECRET,
                "--allot.oidc.name=Example Corp");
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(AllotApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int there = ((WebServerApplicationContext) node).getWebServer().getPort();
            Api api = new Api("http://localhost:" + there, null);

            Api.Response token = api.post("/api/v1/auth/token", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
            String login = browser().send(HttpRequest.newBuilder(URI.create("http://localhost:" + there + "/login"))
                    .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString()).body();

            assertThat(token.status()).isEqualTo(403);
            assertThat(token.json().get("type").asString()).endsWith("local-passwords-off");
            assertThat(login).contains("Sign in with Example Corp").doesNotContain("type=\"password\"");
        }
    }

    private JsonNode person(String name) {
        JsonNode items = as(admin()).get("/api/v1/people?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json().get("items");
        assertThat(items.size()).as("people named " + name).isEqualTo(1);
        return items.get(0);
    }

    private String role(User user) {
        return as(admin()).get("/api/v1/users/" + user.id()).json().get("role").asString();
    }
}
