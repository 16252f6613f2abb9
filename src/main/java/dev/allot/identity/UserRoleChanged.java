package dev.allot.identity;

public record UserRoleChanged(UserId userId, Role from, Role to, UserId changedBy) {}
