package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A browser without a browser: plain HTTP with a cookie jar against the running application,
 * signing in through the login form and sending forms with (or without) their CSRF token.
 * Redirects are not followed, so tests see them.
 */
public final class AdminWebSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;

    private AdminWebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static AdminWebSession anonymous(int port) {
        return new AdminWebSession("http://localhost:" + port);
    }

    /** Signs in the way a browser does: the login form's CSRF token, then the form post. */
    public static AdminWebSession signedIn(int port, String email, String password) {
        AdminWebSession session = anonymous(port);
        String token = session.csrfTokenOf("/login");
        Response login = session.post("/login", Map.of("email", email, "password", password, "_csrf", token));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        assertThat(login.location()).as("signed in, not sent back to the login form").doesNotContain("/login");
        return session;
    }

    /** The CSRF token of the first form on a page. */
    public String csrfTokenOf(String path) {
        Response page = get(path);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Matcher token = CSRF_FIELD.matcher(page.body());
        assertThat(token.find()).as("a CSRF field on " + path).isTrue();
        return token.group(1);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts a form exactly as given: no CSRF token unless {@code fields} has one. */
    public Response post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with the CSRF token of the page {@code formPage}, as the browser would. */
    public Response submit(String formPage, String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfTokenOf(formPage));
        return post(path, withToken);
    }

    /** A multipart form with text {@code fields} and one file. */
    Response upload(String path, Map<String, String> fields, String field, String fileName, String contentType,
            byte[] bytes) {
        String boundary = "----allot" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Follows one redirect of the application. */
    public Response follow(Response redirect) {
        assertThat(redirect.status()).as(redirect.toString()).isBetween(301, 303);
        String location = redirect.location();
        return get(location.startsWith("http") ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery())
                : location);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Response(int status, byte[] bytes, Map<String, List<String>> headers) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public @Nullable String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        public String location() {
            String location = header("Location");
            assertThat(location).as("a redirect's Location").isNotNull();
            return location;
        }

        @Override
        public String toString() {
            String text = body();
            return status + " " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
        }
    }
}
