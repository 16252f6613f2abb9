package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The answer page the question links to, and the Yes/No buttons on my bookings, over plain HTTP
 * with a session cookie and the forms' CSRF tokens: what a browser sends, without the browser.
 */
class AttendancePageIT extends AllotIntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2027, 11, 10);

    @Autowired
    AttendanceSweep sweep;

    private long askedDesk(User member) {
        long desk = resource(site(BERLIN.getId()), "DESK", 1);
        clock().set(DAY.minusDays(3).atTime(12, 0).atZone(BERLIN).toInstant());
        long booking = as(signIn(member.email(), PASSWORD)).post("/api/v1/bookings", Map.of("resourceId", desk,
                "startsAt", DAY.atTime(8, 0).atZone(BERLIN).toOffsetDateTime().toString(),
                "endsAt", DAY.atTime(18, 0).atZone(BERLIN).toOffsetDateTime().toString())).json().get("id").asLong();
        Instant question = DAY.minusDays(1).atTime(16, 0).atZone(BERLIN).toInstant();
        clock().set(question);
        sweep.run(question);
        clock().set(question.plus(Duration.ofHours(1)));
        return booking;
    }

    @Test
    void my_bookings_offers_yes_and_no_while_asked_and_yes_keeps_the_desk() {
        User member = member();
        long booking = askedDesk(member);
        Session web = Session.signedIn(port, member.email());

        String mine = web.get("/bookings").body();
        assertThat(mine).contains("action=\"/bookings/" + booking + "/attendance\"")
                .contains("Yes, I’ll come");

        HttpResponse<String> yes = web.post("/bookings/" + booking + "/attendance",
                Map.of("coming", "true", "next", "/bookings", "_csrf", Session.hidden(mine, "_csrf")));

        assertThat(yes.statusCode()).isEqualTo(302);
        assertThat(yes.headers().firstValue("Location").orElseThrow()).endsWith("/bookings");
        String after = web.get("/bookings").body();
        assertThat(after).contains("stays yours").doesNotContain("action=\"/bookings/" + booking + "/attendance\"")
                .contains("Coming");
    }

    @Test
    void the_answer_page_has_both_buttons_and_no_releases_the_desk_in_russian_too() {
        User member = member();
        long booking = askedDesk(member);
        Session web = Session.signedIn(port, member.email());

        HttpResponse<String> page = web.get("/bookings/" + booking + "/attendance?coming=no");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Will you come?").contains("Yes, I will come").contains("No, release the desk")
                .contains("name=\"_csrf\"");

        HttpResponse<String> no = web.post("/bookings/" + booking + "/attendance",
                Map.of("coming", "false", "_csrf", Session.hidden(page.body(), "_csrf")));
        assertThat(no.statusCode()).isEqualTo(302);
        assertThat(no.headers().firstValue("Location").orElseThrow()).endsWith("/bookings/" + booking + "/attendance");

        String released = web.get("/bookings/" + booking + "/attendance").body();
        assertThat(released).contains("released for others").contains("you said you would not come")
                .doesNotContain("No, release the desk");
        String inRussian = web.get("/bookings/" + booking + "/attendance", "ru").body();
        assertThat(inRussian).contains("Вы придёте?").contains("вы ответили, что не придёте");
        assertThat(web.get("/bookings").body()).contains("Released: the answer was that you would not come.");

        HttpResponse<String> late = web.post("/bookings/" + booking + "/attendance",
                Map.of("coming", "true", "_csrf", Session.hidden(released, "_csrf")));
        assertThat(web.get(late.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body()).contains("The desk was released already");
    }

    @Test
    void somebody_elses_answer_page_is_refused() {
        long booking = askedDesk(member());
        User other = member();
        Session web = Session.signedIn(port, other.email());

        assertThat(web.get("/bookings/" + booking + "/attendance").statusCode()).isEqualTo(403);
    }

    /** One cookie jar, redirects not followed, forms sent url-encoded. */
    private record Session(String baseUrl, HttpClient client) {

        static Session signedIn(int port, String email) {
            Session web = new Session("http://localhost:" + port, HttpClient.newBuilder()
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
            String login = web.get("/login").body();
            HttpResponse<String> signedIn = web.post("/login",
                    Map.of("email", email, "password", PASSWORD, "_csrf", hidden(login, "_csrf")));
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            return web;
        }

        HttpResponse<String> get(String path) {
            return get(path, "en");
        }

        HttpResponse<String> get(String path, String language) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", language).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", "en")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String hidden(String html, String name) {
            Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
            assertThat(matcher.find()).as("a field named " + name).isTrue();
            return matcher.group(1);
        }
    }
}
