package dev.allot.identity;

public record UserDeactivated(UserId userId, UserId deactivatedBy) {}
