package dev.allot.platform;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A business rule that a request breaks, e.g. {@code horizon} on field {@code startsAt}. Rules are
 * named so that clients can explain them; the web UI looks up {@code rule.<name>} in its message
 * bundles and fills in {@code arguments} (the English {@code message} is the API's and the fallback).
 */
public record RuleViolation(String rule, String field, String message, @JsonIgnore List<Object> arguments) {

    public RuleViolation(String rule, String field, String message) {
        this(rule, field, message, List.of());
    }
}
