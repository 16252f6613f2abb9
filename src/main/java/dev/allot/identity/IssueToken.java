package dev.allot.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An admin issues a token named {@code name} ("Room displays") that acts as {@code userId} (the admin
 * when null) for {@code days} days (365 when null).
 */
public record IssueToken(@NotBlank @Size(max = ApiTokens.MAX_NAME) String name, @Nullable UserId userId,
        @Min(1) @Max(ApiTokens.MAX_DAYS) @Nullable Integer days) {}
