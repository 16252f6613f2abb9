package dev.allot.booking;

import dev.allot.space.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A desk for one whole day of its site's calendar (the site's opening hours of that day, or the whole
 * day where the site has none), for oneself or, with {@code guest}, for a guest one hosts. With an
 * {@code idempotencyKey}, a repeat of the same request returns the first booking.
 */
public record BookDeskDay(
        @NotNull ResourceId resourceId,
        @NotNull LocalDate day,
        @Valid @Nullable Guest guest,
        @Size(max = Bookings.MAX_NOTE) @Nullable String note,
        @Size(min = 1, max = 200) @Nullable String idempotencyKey) {

    public BookDeskDay(ResourceId resourceId, LocalDate day, @Nullable Guest guest, @Nullable String note) {
        this(resourceId, day, guest, note, null);
    }
}
