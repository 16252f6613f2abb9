package dev.allot.platform.internal;

import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemException.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where failures become RFC 9457 problem details. Every 4xx names the field at
 * fault in {@code errors}; anything unexpected is logged with its stack trace and answered with a
 * 500 that reveals nothing internal.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException e, WebRequest request) {
        ProblemDetail problem = ProblemResponses.problem(e.status(), e.type(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        ResponseEntity<Object> response = respond(problem, request);
        Object retryAfter = e.properties().get("retryAfterSeconds");
        return retryAfter == null ? response
                : ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                        .header(HttpHeaders.RETRY_AFTER, retryAfter.toString()).body(response.getBody());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException e, WebRequest request) {
        return respond(ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure on {}", describe(request), e);
        return respond(ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal error", "Something went wrong on our side; it has been logged"), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error ->
                errors.add(new FieldError(error.getField(), String.valueOf(error.getDefaultMessage()))));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldError(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error ->
                        errors.add(new FieldError(error.getField(), String.valueOf(error.getDefaultMessage()))));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldError(name, String.valueOf(error.getDefaultMessage())));
            }
        }
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        Class<?> required = e.getRequiredType();
        if (e instanceof MethodArgumentTypeMismatchException mismatch
                && required != null && java.util.Collection.class.isAssignableFrom(required)) {
            required = ResolvableType.forMethodParameter(mismatch.getParameter()).getGeneric(0).resolve();
        }
        String expected = required == null ? "another type" : describeType(required);
        return invalid(List.of(new FieldError(field, "'" + e.getValue() + "' is not " + expected)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldError(e.getParameterName(), "is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestLimitsFilter.BodyTooLarge tooLarge) {
                return respond(ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                        "Request body too large", tooLarge.getMessage()), request);
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = fieldPath(jackson.getPath());
            String message;
            if (jackson instanceof InvalidFormatException format) {
                message = "'" + format.getValue() + "' is not " + describeType(format.getTargetType());
            } else if (jackson instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                message = "must be " + describeType(mismatched.getTargetType());
            } else {
                message = "has an invalid value";
            }
            return invalid(List.of(new FieldError(field, message)), request);
        }
        String detail = cause instanceof JacksonException jackson
                ? "The body is not valid JSON: " + jackson.getOriginalMessage()
                : "The request body is missing or not readable";
        return invalid(List.of(new FieldError("body", detail)), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return respond(ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is nothing at " + e.getHttpMethod() + " /" + e.getResourcePath()), request);
    }

    /** Problems Spring MVC makes itself (405, 415, ...) get a type too, named after their status. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getInstance() == null) {
                problem.setInstance(instance(request));
            }
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                HttpStatus known = HttpStatus.resolve(statusCode.value());
                String slug = known == null ? "error-" + statusCode.value()
                        : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                problem.setType(URI.create(ProblemResponses.TYPE_BASE + slug));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, WebRequest request) {
        String detail = String.join("; ", errors.stream().map(error -> error.field() + ": " + error.message()).toList());
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "invalid-request",
                "Invalid request", detail);
        problem.setProperty("errors", errors);
        return respond(problem, request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
        problem.setInstance(instance(request));
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String parameterName(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String describeType(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "OffsetDateTime", "Instant", "ZonedDateTime" -> "an ISO-8601 date-time with an offset, e.g. 2026-05-04T09:00:00+02:00";
            case "LocalDate" -> "an ISO-8601 date, e.g. 2026-05-04";
            case "LocalTime" -> "a time of day, e.g. 09:00";
            case "ZoneId" -> "an IANA time zone, e.g. Europe/Berlin";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default -> Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a " + type.getSimpleName();
        };
    }

    private static URI instance(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? URI.create(servlet.getRequest().getRequestURI())
                : URI.create("about:blank");
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }
}
