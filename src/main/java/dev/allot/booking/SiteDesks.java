package dev.allot.booking;

import dev.allot.identity.UserId;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The desks of a site (or one floor) on a day, each with its state for the viewer. */
public record SiteDesks(SiteId siteId, LocalDate day, ZoneId timeZone, @Nullable FloorId floorId, List<Desk> desks) {

    public long free() {
        return desks.stream().filter(desk -> desk.state() == DeskState.FREE).count();
    }

    /**
     * @param holder who has it (TAKEN, MINE, FIXED): the booker, the guest's host, or the owner
     * @param holderName their name, or the guest's name
     * @param guestOf the host's name when a guest has it
     * @param booking the booking, where it is the viewer's own
     * @param offer the viewer's presence whose offer holds it
     */
    public record Desk(ResourceId id, String name, @Nullable FloorId floorId, @Nullable String floorName,
            DeskState state, @Nullable UserId holder, @Nullable String holderName, @Nullable String guestOf,
            @Nullable BookingId booking, @Nullable PresenceId offer) {}
}
