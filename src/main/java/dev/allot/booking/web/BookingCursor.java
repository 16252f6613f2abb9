package dev.allot.booking.web;

import dev.allot.booking.BookingHistory;
import dev.allot.booking.BookingId;
import dev.allot.platform.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** The API's opaque cursor over bookings: where a slice ended, as "start millis.id" in URL-safe Base64. */
final class BookingCursor {

    private BookingCursor() {}

    static @Nullable String encode(BookingHistory.@Nullable Position position) {
        if (position == null) {
            return null;
        }
        String plain = position.startsAt().toEpochMilli() + "." + position.id().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Null for an empty cursor (the first slice); 400 naming {@code field} for one Allot did not make. */
    static BookingHistory.@Nullable Position decode(String field, String cursor) {
        if (cursor.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            int dot = plain.indexOf('.');
            long id = Long.parseLong(plain.substring(dot + 1));
            if (dot < 1 || id < 1) {
                throw new IllegalArgumentException(plain);
            }
            return new BookingHistory.Position(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, dot))),
                    new BookingId(id));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | java.time.DateTimeException e) {
            throw ProblemException.invalidField(field, "is not a cursor this API gave out; use the next of an answer");
        }
    }
}
