package dev.allot.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person as other modules see them; {@code team} is null for people in none. */
public record UserView(UserId id, @Nullable String email, String displayName, Role role, boolean active, Instant createdAt,
        @Nullable String locale, @Nullable Long homeSiteId, @Nullable String team) {}
