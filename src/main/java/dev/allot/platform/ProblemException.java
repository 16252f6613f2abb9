package dev.allot.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. The platform turns it into an RFC 9457 problem detail whose
 * type is {@code https://allot.dev/problems/{type}}; {@link #properties()} become extension members.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found",
                what + " " + id + " does not exist").with("resource", what).with("id", String.valueOf(id));
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, type, "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    /** A single invalid field: 400 with the field named, as bean validation would report it. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                field + ": " + message).with("errors", java.util.List.of(new FieldError(field, message)));
    }

    /** An id in a request body that names nothing: 422 with the field named. */
    public static ProblemException unknownReference(String field, String what, Object id) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference", "Unknown reference",
                field + ": " + what + " " + id + " does not exist")
                .with("errors", java.util.List.of(new FieldError(field, what + " " + id + " does not exist")));
    }

    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** One field that failed validation, as reported in the {@code errors} member. */
    public record FieldError(String field, String message) {}
}
