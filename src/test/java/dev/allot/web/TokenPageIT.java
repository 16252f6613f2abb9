package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin's API tokens page (issue 15): a token issued shows once and works; revoked, it stops. */
class TokenPageIT extends AllotIntegrationTest {

    @Test
    void an_admin_issues_a_token_sees_it_once_and_revokes_it() {
        User member = member();
        WebSession admin = WebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = admin.getPage("/admin/tokens").body();

        HttpResponse<String> issued = admin.post("/admin/tokens", Map.of("name", "Lobby screen",
                "userId", String.valueOf(member.id()), "days", "90", "_csrf", WebSession.hidden(page, "_csrf")));

        assertThat(issued.statusCode()).isEqualTo(302);
        String shown = admin.getPage("/admin/tokens").body();
        String token = match(shown, "id=\"issued-token\"[^>]*value=\"(allot_[^\"]+)\"");
        assertThat(anonymous().withToken(token).get("/api/v1/me").json().get("id").asLong()).isEqualTo(member.id());
        assertThat(admin.getPage("/admin/tokens").body()).as("shown once").doesNotContain(token)
                .contains("Lobby screen");
        long id = Long.parseLong(match(shown, "data-token-id=\"(\\d+)\"[^>]*>\\s*<strong>Lobby screen"));

        assertThat(admin.post("/admin/tokens/" + id + "/revoke", Map.of("_csrf", WebSession.hidden(shown, "_csrf")))
                .statusCode()).isEqualTo(302);
        assertThat(anonymous().withToken(token).get("/api/v1/me").status()).isEqualTo(401);
        // a language chosen sticks to the person: a fresh admin of its own, not the shared one
        assertThat(WebSession.signedIn(port, withRole("ADMIN").email(), PASSWORD).getPage("/admin/tokens?lang=ru").body()).contains("API-токены для интеграций");
    }

    private static String match(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
