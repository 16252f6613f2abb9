package dev.allot.gathering;

import dev.allot.identity.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A rating after an event: a guest rates the host ({@code person} may then be left out), the host rates one
 * of the guests.
 */
public record Rate(@Nullable UserId person, @Min(1) @Max(5) int score, @Size(max = Gatherings.MAX_COMMENT) @Nullable String comment) {}
