package dev.allot.booking.web;

import dev.allot.booking.Bookings;
import dev.allot.booking.SeriesId;
import dev.allot.booking.SeriesView;
import dev.allot.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Series of bookings (issue 18); a series is booked with {@code repeat} on {@code POST /api/v1/bookings}. */
@RestController
@Tag(name = "Bookings")
class SeriesController {

    private final Bookings bookings;

    SeriesController(Bookings bookings) {
        this.bookings = bookings;
    }

    /** A series: its RFC 5545 rule, its first day and wall-clock times in the site's zone, its bookings. */
    record SeriesDetails(long id, long resourceId, long bookedBy, String rule, LocalDate firstDay, String startTime,
            String endTime, String timeZone, Instant createdAt, List<BookingController.BookingResponse> bookings) {}

    @GetMapping("/api/v1/series/{id}")
    @Operation(summary = "A series of bookings with its occurrences")
    SeriesDetails series(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        SeriesView series = bookings.series(new SeriesId(id), me);
        return new SeriesDetails(series.id().value(), series.resourceId().value(), series.bookedBy().value(),
                series.rule(), series.firstDay(), series.startTime().toString(), series.endTime().toString(),
                series.timeZone().getId(), series.createdAt(), series.bookings().stream()
                        .map(booking -> BookingController.BookingResponse.of(booking, bookings.actionsFor(booking, me)))
                        .toList());
    }
}
