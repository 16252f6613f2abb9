package dev.allot.booking.internal;

import dev.allot.booking.BookingStatus;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a command left out means, for every door (API, pages, bot, import). */
@Component
final class BookingDefaults {

    private final MessageSource messages;

    BookingDefaults(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A blank or missing title is "Booking" in the language of the person booking (their saved
     * choice; English without one); others lose surrounding blanks.
     */
    String title(@Nullable String title, CurrentUser booker) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        Locale language = booker.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(booker.locale());
        return messages.getMessage("book.defaultTitle", null, Bookings.DEFAULT_TITLE, language);
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
