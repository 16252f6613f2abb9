package dev.allot.identity;

import java.time.Instant;

public record UserView(UserId id, String email, String displayName, Role role, boolean active, Instant createdAt) {}
