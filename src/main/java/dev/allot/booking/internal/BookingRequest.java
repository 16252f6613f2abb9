package dev.allot.booking.internal;

import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceView;
import java.time.Instant;
import java.time.ZonedDateTime;

/** Everything the rules need to judge one booking request, at one moment {@code now}. */
record BookingRequest(ResourceView resource, OpeningHours openingHours, Instant startsAt, Instant endsAt,
        int attendees, Instant now) {

    ZonedDateTime localStart() {
        return startsAt.atZone(resource.timeZone());
    }

    ZonedDateTime localEnd() {
        return endsAt.atZone(resource.timeZone());
    }
}
