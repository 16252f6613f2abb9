package dev.allot.booking;

import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which bookings to list: every filter given must hold; [from, to) keeps bookings overlapping it. */
public record BookingQuery(
        @Nullable UserId bookedBy,
        @Nullable ResourceId resourceId,
        @Nullable SiteId siteId,
        @Nullable Instant from,
        @Nullable Instant to,
        Set<BookingStatus> statuses) {}
