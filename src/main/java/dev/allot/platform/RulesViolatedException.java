package dev.allot.platform;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** A well-formed request that breaks business rules: 422 with every violation listed. */
public class RulesViolatedException extends ProblemException {

    private final List<RuleViolation> violations;

    public RulesViolatedException(List<RuleViolation> violations) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", "Request breaks a booking rule",
                violations.stream().map(RuleViolation::message).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
        with("violations", this.violations);
        with("errors", this.violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
