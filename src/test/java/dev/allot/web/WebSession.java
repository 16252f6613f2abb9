package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A browser without the browser: one cookie jar, redirects not followed, forms sent url-encoded;
 * with {@code forwardedFor}, every request says it comes from that address (loopback is a trusted
 * proxy in the tests).
 */
public record WebSession(String baseUrl, HttpClient client, @Nullable String forwardedFor) {

    WebSession(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    WebSession(String baseUrl, HttpClient client) {
        this(baseUrl, client, null);
    }

    /** The same browser (its cookies), coming from {@code address}. */
    WebSession from(String address) {
        return new WebSession(baseUrl, client, address);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A GET as a browser sends it, asking for HTML. */
    public HttpResponse<String> getPage(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html,*/*;q=0.8").GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, Map.of());
    }

    /** A form with fields that have several values too (ticked checkboxes of one name). */
    HttpResponse<String> post(String path, Map<String, String> form, Map<String, java.util.List<String>> many) {
        String body = java.util.stream.Stream.concat(form.entrySet().stream(), many.entrySet().stream()
                        .flatMap(e -> e.getValue().stream().map(value -> Map.entry(e.getKey(), value))))
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return client.send(request.header("Accept-Language", "en").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\""
                + Pattern.quote(name) + "\"").matcher(html);
        assertThat(matcher.find()).as("a field named " + name).isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /** The text of the error shown under a field (id {@code <field>-error}). */
    static String errorOf(String html, String field) {
        Matcher matcher = Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(html);
        assertThat(matcher.find()).as("an error under " + field).isTrue();
        return matcher.group(1).replace("&#39;", "'");
    }

    /** Signs in through the login form, with its CSRF token, and checks it worked. */
    public static WebSession signedIn(int port, String email, String password) {
        WebSession web = new WebSession("http://localhost:" + port);
        String login = web.get("/login").body();
        HttpResponse<String> signedIn = web.post("/login",
                Map.of("email", email, "password", password, "_csrf", hidden(login, "_csrf")));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return web;
    }
}
