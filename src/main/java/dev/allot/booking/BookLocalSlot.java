package dev.allot.booking;

import dev.allot.space.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A request to book {@code resourceId} on a day from one wall-clock time to another, in the zone of
 * the resource's site (see {@link LocalSlot} for daylight saving and midnight): what a person types
 * into a form or tells the bot. Otherwise as {@link BookResource}.
 */
public record BookLocalSlot(
        @NotNull ResourceId resourceId,
        @NotNull @Valid LocalSlot slot,
        @Size(max = Bookings.MAX_TITLE) @Nullable String title,
        @Min(1) @Max(Bookings.MAX_ATTENDEES) @Nullable Integer attendees,
        @Size(max = Bookings.MAX_NOTE) @Nullable String note,
        @Size(min = 1, max = 200) @Nullable String idempotencyKey,
        boolean privateTitle) {

    /** A booking whose title colleagues may read. */
    public BookLocalSlot(ResourceId resourceId, LocalSlot slot, @Nullable String title, @Nullable Integer attendees,
            @Nullable String note, @Nullable String idempotencyKey) {
        this(resourceId, slot, title, attendees, note, idempotencyKey, false);
    }
}
