package dev.allot.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One import: 1 to {@link Bookings#MAX_IMPORT_BATCH} bookings, stored all or none. */
public record ImportBookings(
        @NotNull @Size(min = 1, max = Bookings.MAX_IMPORT_BATCH) List<@NotNull @Valid ImportedBooking> bookings) {}
