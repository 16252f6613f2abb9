package dev.allot.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * New times and details for an active booking of the same resource; a blank title and missing
 * attendees are the defaults, as when booking ({@link BookResource}); a null {@code privateTitle}
 * keeps the booking's. For an occurrence of a series, {@code scope} FOLLOWING or ALL gives the new
 * times of day and details to this and the following occurrences, or to all that have not begun, each
 * on its own day; without it, this occurrence alone changes (and stays an exception of its series).
 */
public record ChangeBooking(
        @NotNull BookingId id,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Size(max = Bookings.MAX_TITLE) @Nullable String title,
        @Min(1) @Max(Bookings.MAX_ATTENDEES) @Nullable Integer attendees,
        @Size(max = Bookings.MAX_NOTE) @Nullable String note,
        @Nullable Boolean privateTitle,
        @Nullable SeriesScope scope) {

    /** New times and details of this booking alone. */
    public ChangeBooking(BookingId id, Instant startsAt, Instant endsAt, @Nullable String title,
            @Nullable Integer attendees, @Nullable String note, @Nullable Boolean privateTitle) {
        this(id, startsAt, endsAt, title, attendees, note, privateTitle, null);
    }

    /** New times and details; whether the title is private stays as it is. */
    public ChangeBooking(BookingId id, Instant startsAt, Instant endsAt, @Nullable String title,
            @Nullable Integer attendees, @Nullable String note) {
        this(id, startsAt, endsAt, title, attendees, note, null, null);
    }
}
