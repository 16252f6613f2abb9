package dev.allot.identity;

/** A person signing up; the role is the configured default unless an admin creates the account. */
public record Registration(String email, String password, String displayName) {}
