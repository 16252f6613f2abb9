package dev.allot.booking;

import dev.allot.space.SiteId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "I'll be in that day" (for a guest with {@code guest}). With {@code waitForDesk} (the default) it
 * is a place in the line for a desk; without, presence only.
 */
public record JoinPresence(@NotNull SiteId siteId, @NotNull LocalDate day, @Valid @Nullable Guest guest,
        @Nullable Boolean waitForDesk) {}
