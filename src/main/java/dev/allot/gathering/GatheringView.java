package dev.allot.gathering;

import dev.allot.space.ResourceId;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * An event as one viewer sees it.
 *
 * @param code the short link's code: {@code /e/{code}}
 * @param taken seats taken by accepted guests
 * @param myParticipation the viewer's standing, null when they have none (the host's is ACCEPTED)
 * @param waiting requests waiting for the host; null for anyone but the host
 * @param inviteToken the secret of the host's invitation link; null for anyone but the host
 * @param hostRating what guests said of the host, over all their events
 */
public record GatheringView(GatheringId id, String code, PersonRef host, String title, @Nullable String description,
        @Nullable Film film, Instant startsAt, Instant endsAt, ZoneId timeZone, @Nullable String place,
        @Nullable ResourceId room, Privacy privacy, boolean free, @Nullable String priceNote, int seats, int taken,
        GatheringStatus status, @Nullable ParticipationState myParticipation, @Nullable Integer waiting,
        @Nullable String inviteToken, Reputation hostRating, Instant createdAt, Instant updatedAt) {

    /** The host's shareable invitation link, for the host only (null for anyone else). */
    public @Nullable String invitationLink() {
        return inviteToken == null ? null : shortLink() + "?invite=" + inviteToken;
    }

    public int seatsLeft() {
        return seats - taken;
    }

    public String shortLink() {
        return "/e/" + code;
    }

    public boolean hostedBy(dev.allot.identity.UserId person) {
        return host.id().equals(person);
    }
}
