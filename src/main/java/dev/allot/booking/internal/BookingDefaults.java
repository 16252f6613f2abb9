package dev.allot.booking.internal;

import dev.allot.booking.BookingStatus;
import dev.allot.booking.Bookings;
import org.jspecify.annotations.Nullable;

/** What a command left out means, for every door (API, pages, bot, import). */
final class BookingDefaults {

    private BookingDefaults() {}

    /** A blank or missing title is {@link Bookings#DEFAULT_TITLE}; others lose surrounding blanks. */
    static String title(@Nullable String title) {
        return title == null || title.isBlank() ? Bookings.DEFAULT_TITLE : title.strip();
    }

    /** Missing attendees: the booker alone. */
    static int attendees(@Nullable Integer attendees) {
        return attendees == null ? 1 : attendees;
    }

    /** An imported booking without a status stands confirmed. */
    static BookingStatus importedStatus(@Nullable BookingStatus status) {
        return status == null ? BookingStatus.CONFIRMED : status;
    }

    /** A blank reason is none; others lose surrounding blanks. */
    static @Nullable String reason(@Nullable String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
