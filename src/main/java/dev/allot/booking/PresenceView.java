package dev.allot.booking;

import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "I'll be in that day" at a site, for {@code person} or for their {@code guest}.
 *
 * @param person the member, or the guest's host
 * @param position the place in the line while WAITING or OFFERED (1 is the first), else null
 * @param desk the desk offered (OFFERED) or booked (BOOKED)
 * @param offerExpiresAt until when the desk is held (OFFERED)
 * @param booking the booking it became (BOOKED)
 */
public record PresenceView(PresenceId id, SiteId siteId, LocalDate day, UserId person, @Nullable Guest guest,
        PresenceStatus status, @Nullable Integer position, @Nullable ResourceId desk, @Nullable String deskName,
        @Nullable Instant offerExpiresAt, @Nullable BookingId booking, Instant createdAt, Instant updatedAt) {}
