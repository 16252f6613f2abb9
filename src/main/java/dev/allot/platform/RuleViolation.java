package dev.allot.platform;

/**
 * A business rule that a request breaks, e.g. {@code horizon} on field {@code startsAt}. Rules are
 * named so that clients (and the web UI's message bundles) can explain them.
 */
public record RuleViolation(String rule, String field, String message) {}
