package dev.allot.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record UserView(UserId id, @Nullable String email, String displayName, Role role, boolean active, Instant createdAt,
        @Nullable String locale, @Nullable Long homeSiteId) {}
