package dev.allot.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application's own OpenAPI document (/v3/api-docs) as a contract for its answers: a JSON answer
 * of an API operation is valid against the schema the document gives for that operation and status,
 * by a JSON Schema validator (networknt, the OpenAPI 3.1 dialect). {@link Api} holds every 2xx answer
 * of the suite to it, so the document cannot say "never null" of a field that is null in practice.
 */
public final class OpenApiContract {

    private static final String DOCUMENT = "https://allot.test/openapi.json";
    private static final Map<String, OpenApiContract> BY_BASE_URL = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Operation(String method, String template, Pattern pattern, int parameters) {}

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Optional<Schema>> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(String text) {
        this.document = JSON.readTree(text);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, text)));
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String template = path.getKey();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            operations.add(new Operation(method.getKey(), template, Pattern.compile(regex),
                    template.split("\\{", -1).length - 1));
        }));
        operations.sort(Comparator.comparingInt(Operation::parameters));
    }

    /** The contract of the application at {@code baseUrl}, its document read once. */
    public static OpenApiContract of(String baseUrl) {
        return BY_BASE_URL.computeIfAbsent(baseUrl, url -> new OpenApiContract(fetch(url + "/v3/api-docs")));
    }

    /** What is wrong with this answer by the document (nothing for answers it does not judge). */
    public List<String> violations(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.split("\\?", 2)[0];
        if (!path.startsWith("/api/") || status < 200 || status >= 300 || !contentType.contains("json")
                || body.isBlank()) {
            return List.of();
        }
        Optional<Operation> operation = operations.stream()
                .filter(candidate -> candidate.method().equalsIgnoreCase(method) && candidate.pattern().matcher(path).matches())
                .findFirst();
        if (operation.isEmpty()) {
            return List.of(method + " " + path + " is not in the API description");
        }
        String key = operation.get().method() + " " + operation.get().template() + " " + status;
        Optional<Schema> schema = schemas.computeIfAbsent(key, any -> schemaOf(operation.get(), status));
        if (schema.isEmpty()) {
            return List.of(key + ": the API description gives no JSON schema for this answer");
        }
        List<Error> errors = schema.get().validate(JSON.readTree(body));
        return errors.stream().map(error -> key + ": " + error.getInstanceLocation() + " " + error.getMessage()).toList();
    }

    private Optional<Schema> schemaOf(Operation operation, int status) {
        JsonNode responses = document.path("paths").path(operation.template()).path(operation.method()).path("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
                : responses.path(status / 100 + "XX").isMissingNode() ? responses.path("default") : responses.path(status / 100 + "XX");
        for (var content : response.path("content").properties()) {
            if (content.getKey().contains("json") || content.getKey().equals("*/*")) {
                JsonNode standalone = absoluteRefs(content.getValue().path("schema").deepCopy());
                return Optional.of(registry.getSchema(SchemaLocation.of("https://allot.test/answers/"
                        + Integer.toHexString(operation.hashCode()) + "-" + status), standalone));
            }
        }
        return Optional.empty();
    }

    /** The schema with its local references ({@code #/components/...}) made to point into the document. */
    private static JsonNode absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith("#")) {
                object.put("$ref", DOCUMENT + ref.asString());
            }
            object.properties().forEach(entry -> absoluteRefs(entry.getValue()));
        } else if (node.isArray()) {
            node.forEach(OpenApiContract::absoluteRefs);
        }
        return node;
    }

    private static String fetch(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
