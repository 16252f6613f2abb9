package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers a security review expects on every answer, and redirects a Host header cannot steer (issue 14). */
class SecurityHeadersIT extends AllotIntegrationTest {

    @Test
    void pages_send_no_referrer_to_other_sites_and_switch_off_unused_browser_features() {
        HttpResponse<String> login = new WebSession("http://localhost:" + port).get("/login");

        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=()", "geolocation=()"));
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() {
        HttpResponse<String> login = new WebSession("http://localhost:" + port).get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void api_answers_carry_a_content_security_policy_that_allows_nothing() {
        Api.Response me = as(member()).get("/api/v1/me");
        Api.Response refused = anonymous().get("/api/v1/me");

        for (Api.Response response : List.of(me, refused)) {
            assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void a_forged_host_header_does_not_decide_where_a_redirect_goes() throws IOException {
        for (String path : List.of("/events", "/admin", "/")) {
            String answer = rawGet(path, "evil.example");

            assertThat(answer).startsWith("HTTP/1.1 302");
            assertThat(answer).doesNotContainIgnoringCase("evil.example");
            assertThat(answer).containsIgnoringCase("\r\nLocation: /login");
        }
    }

    /** A GET with a Host header of our choosing (Java's HTTP client will not send one). */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
