package dev.allot.platform;

import dev.allot.platform.ProblemException.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a command's input limits (its bean-validation annotations) at the facade, whichever door
 * it came through: a violation is a 400 naming each field, as the REST layer reports its own.
 */
@Component
public class CommandValidation {

    private final Validator validator;

    public CommandValidation(Validator validator) {
        this.validator = validator;
    }

    /** {@code command} itself when every limit holds; otherwise 400 {@code invalid-request} with {@code errors[].field}. */
    public <T> T check(T command) {
        var violations = validator.validate(command);
        if (violations.isEmpty()) {
            return command;
        }
        List<FieldError> errors = violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail)
                .with("errors", errors);
    }
}
