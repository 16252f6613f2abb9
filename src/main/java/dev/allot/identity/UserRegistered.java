package dev.allot.identity;

public record UserRegistered(UserId userId, String email, Role role) {}
