package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.AllotApplication;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Two nodes on one database with allot.web.shared-sessions: this test's application and a second one
 * started beside it. One browser (one cookie jar; cookies are per host, not per port) signs in on one
 * node and goes on using the other.
 */
@TestPropertySource(properties = {"allot.web.shared-sessions=true", "allot.telegram.run=false",
        "allot.identity.login-failures-allowed-per-address=" + SharedSessionIT.PER_ADDRESS})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionIT extends AllotIntegrationTest {

    @Autowired
    Environment environment;

    /** Low, so that a test can flood one address (the shared application allows the whole suite's). */
    static final int PER_ADDRESS = 10;

    ConfigurableApplicationContext secondNode;

    @BeforeAll
    void startSecondNode() {
        List<String> arguments = secondNodeArguments(environment, "--allot.web.shared-sessions=true",
                "--allot.identity.login-failures-allowed-per-address=" + PER_ADDRESS,
                "--server.tomcat.remoteip.internal-proxies=" + environment.getProperty("server.tomcat.remoteip.internal-proxies"));
        secondNode = new SpringApplicationBuilder(AllotApplication.class).run(arguments.toArray(String[]::new));
    }

    @AfterAll
    void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    private int secondPort() {
        return ((WebServerApplicationContext) secondNode).getWebServer().getPort();
    }

    @Test
    void a_person_signed_in_on_one_node_is_signed_in_on_the_other() {
        User member = member();
        WebSession first = WebSession.signedIn(port, member.email(), PASSWORD);
        WebSession second = new WebSession("http://localhost:" + secondPort(), first.client());

        HttpResponse<String> home = second.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Member " + member.email());
    }

    @Test
    void signing_out_on_one_node_ends_the_session_on_the_other() {
        User member = member();
        WebSession first = WebSession.signedIn(port, member.email(), PASSWORD);
        WebSession second = new WebSession("http://localhost:" + secondPort(), first.client());
        String csrf = WebSession.hidden(second.get("/").body(), "_csrf");

        HttpResponse<String> signedOut = second.post("/logout", Map.of("_csrf", csrf));

        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login?signedOut"));
        assertThat(first.get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }

    @Test
    void the_session_is_a_row_in_the_database_under_the_persons_id() {
        User member = member();
        WebSession.signedIn(port, member.email(), PASSWORD);

        assertThat(secondNode.getBean(JdbcClient.class)
                .sql("select count(*) from spring_session where principal_name = :id")
                .param("id", String.valueOf(member.id())).query(Long.class).single()).isEqualTo(1L);
    }

    // --- issue 14: a new password and the sign-in throttle hold on every node ----------------------------------

    @Test
    void a_password_changed_on_one_node_signs_out_the_browser_on_the_other() {
        User member = member();
        WebSession onSecond = signedIn("http://localhost:" + secondPort(), member.email(), PASSWORD, null);

        assertThat(as(member).post("/api/v1/me/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "another passphrase entirely")).status()).isEqualTo(204);

        assertThat(onSecond.get("/me").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }

    @Test
    void failures_counted_on_one_node_make_the_other_node_wait() {
        User member = member();
        String address = "203.0.113." + (1 + member.id() % 250);
        // This node's clock runs a minute ahead: the wait it records is still on when the second node
        // (real time) reads it, however slow the machine.
        clock().set(Instant.now().plusSeconds(60));
        for (int guess = 1; guess <= 5; guess++) {
            anonymous().withHeader("X-Forwarded-For", address)
                    .post("/api/v1/auth/token", Map.of("email", member.email(), "password", "guess " + guess));
        }

        Api.Response onSecond = new Api("http://localhost:" + secondPort(), null).withHeader("X-Forwarded-For", address)
                .post("/api/v1/auth/token", Map.of("email", member.email(), "password", PASSWORD));

        assertThat(onSecond.status()).as(onSecond.toString()).isEqualTo(429);
    }

    @Test
    void a_flood_of_failures_from_an_address_does_not_keep_out_a_browser_its_person_signed_in_from_before() {
        User member = member();
        String office = "203.0.113." + (1 + (member.id() + 100) % 250);
        WebSession usual = signedIn("http://localhost:" + port, member.email(), PASSWORD, office);
        signOut(usual);
        for (int guess = 1; guess <= PER_ADDRESS; guess++) {
            anonymous().withHeader("X-Forwarded-For", office).post("/api/v1/auth/token",
                    Map.of("email", "nobody-" + guess + "-" + member.id() + "@example.test", "password", "guess"));
        }

        Api.Response withoutBrowser = anonymous().withHeader("X-Forwarded-For", office)
                .post("/api/v1/auth/token", Map.of("email", member.email(), "password", PASSWORD));
        HttpResponse<String> newBrowser = postLogin(new WebSession("http://localhost:" + port).from(office),
                member.email());
        HttpResponse<String> knownBrowser = postLogin(usual, member.email());

        assertThat(withoutBrowser.status()).isEqualTo(429);
        assertThat(newBrowser.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login?throttled"));
        assertThat(knownBrowser.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
    }

    @Test
    void learning_who_has_an_account_by_registering_is_as_slow_as_guessing_passwords() {
        User member = member();
        String address = "203.0.113." + (1 + (member.id() + 200) % 250);
        Api from = anonymous().withHeader("X-Forwarded-For", address);
        for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
            assertThat(from.post("/api/v1/auth/register", Map.of("email", member.email(), "password", PASSWORD,
                    "displayName", "Prober")).status()).isEqualTo(409);
        }

        Api.Response next = from.post("/api/v1/auth/register", Map.of("email", "fresh-" + member.id() + "@example.test",
                "password", PASSWORD, "displayName", "Prober"));

        assertThat(next.status()).as(next.toString()).isEqualTo(429);
        assertThat(anonymous().post("/api/v1/auth/register", Map.of("email", "fresh-" + member.id() + "@example.test",
                "password", PASSWORD, "displayName", "Not a prober")).status()).isEqualTo(201);
    }

    private static WebSession signedIn(String baseUrl, String email, String password, String address) {
        WebSession browser = new WebSession(baseUrl);
        WebSession from = address == null ? browser : browser.from(address);
        HttpResponse<String> signedIn = from.post("/login", Map.of("email", email, "password", password,
                "_csrf", WebSession.hidden(from.get("/login").body(), "_csrf")));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
        return from;
    }

    private static void signOut(WebSession browser) {
        browser.post("/logout", Map.of("_csrf", WebSession.hidden(browser.get("/").body(), "_csrf")));
    }

    private static HttpResponse<String> postLogin(WebSession browser, String email) {
        return browser.post("/login", Map.of("email", email, "password", PASSWORD,
                "_csrf", WebSession.hidden(browser.get("/login").body(), "_csrf")));
    }
}
