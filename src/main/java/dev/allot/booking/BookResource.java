package dev.allot.booking;

import dev.allot.space.ResourceId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A request to book {@code resourceId} for [startsAt, endsAt). A blank or missing title is
 * {@link Bookings#DEFAULT_TITLE}, missing attendees one person. With an {@code idempotencyKey}, a
 * repeat of the same request returns the first booking instead of making a second one. With
 * {@code privateTitle}, colleagues read "Busy" for the title ({@link BookingView#seenBy}).
 */
public record BookResource(
        @NotNull ResourceId resourceId,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Size(max = Bookings.MAX_TITLE) @Nullable String title,
        @Min(1) @Max(Bookings.MAX_ATTENDEES) @Nullable Integer attendees,
        @Size(max = Bookings.MAX_NOTE) @Nullable String note,
        @Size(min = 1, max = 200) @Nullable String idempotencyKey,
        boolean privateTitle) {

    /** A booking whose title colleagues may read. */
    public BookResource(ResourceId resourceId, Instant startsAt, Instant endsAt, @Nullable String title,
            @Nullable Integer attendees, @Nullable String note, @Nullable String idempotencyKey) {
        this(resourceId, startsAt, endsAt, title, attendees, note, idempotencyKey, false);
    }
}
