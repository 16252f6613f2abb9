package dev.allot.identity;

/** A token just issued: {@code value} is shown this once and never stored. */
public record IssuedToken(IntegrationToken token, String value) {}
