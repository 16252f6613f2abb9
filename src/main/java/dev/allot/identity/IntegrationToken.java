package dev.allot.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A named, long-lived API token for an integration, as admins see it: never its value. */
public record IntegrationToken(long id, String name, UserId userId, String userName, @Nullable UserId createdBy,
        Instant createdAt, Instant expiresAt) {}
