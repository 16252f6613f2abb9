package dev.allot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the running application, acting as one caller (with or without a token).
 * Every successful JSON answer of the API is checked against the application's OpenAPI document
 * ({@link OpenApiContract}): a test fails when the document does not describe what was answered.
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final @Nullable String token;
    private final Map<String, String> headers;

    public Api(String baseUrl, @Nullable String token) {
        this(baseUrl, token, Map.of());
    }

    private Api(String baseUrl, @Nullable String token, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = headers;
    }

    public Api withToken(@Nullable String newToken) {
        return new Api(baseUrl, newToken, headers);
    }

    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(baseUrl, token, more);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, @Nullable Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, @Nullable Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends {@code body} as JSON: a String is sent as it is (so malformed JSON can be sent too). */
    public Response send(String method, String path, @Nullable Object body) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            List<String> violations = OpenApiContract.of(baseUrl).violations(method, path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
            if (!violations.isEmpty()) {
                throw new AssertionError("The answer does not match the API description (/v3/api-docs):\n  "
                        + String.join("\n  ", violations) + "\n" + response.body());
            }
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        }

        public @Nullable String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        public @Nullable String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
