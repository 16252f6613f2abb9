package dev.allot.booking;

import dev.allot.identity.UserId;
import dev.allot.space.FloorId;
import dev.allot.space.SiteId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who is in at a site (or on one floor) on a day of its calendar: each person with an active
 * booking that day, by name, and how many desks and rooms are booked; each person with their team.
 *
 * @param desks active desk bookings that day
 * @param rooms active room bookings that day
 * @param guests guests with a desk that day, with their hosts (not among {@code people})
 * @param present people (and guests) who will be in without a desk: waiting for one, offered one, or by choice
 * @param freeDesks desks nobody holds that day (not fixed, not held for an offer)
 */
public record Attendance(SiteId siteId, LocalDate day, ZoneId timeZone, @Nullable FloorId floorId,
        List<Person> people, int desks, int rooms, List<GuestIn> guests, List<Present> present, int freeDesks) {

    /** One person's active bookings that day, in order of their start. */
    public record Person(UserId id, String name, @Nullable String team, List<Entry> bookings) {}

    /** A booking with the floor of its resource (null for a resource on no floor). */
    public record Entry(BookingView booking, @Nullable FloorId floorId, @Nullable String floorName) {}

    /** A guest's desk that day: "Ann Lee, guest of Ana". */
    public record GuestIn(String name, UserId hostId, String hostName, @Nullable String hostTeam, Entry booking) {}

    /**
     * Somebody who will be in without a desk (a guest when {@code guest} is set, {@code id} and
     * {@code name} being the host's); {@code position} in the line while waiting.
     */
    public record Present(PresenceId presence, UserId id, String name, @Nullable String team, @Nullable String guest,
            PresenceStatus status, @Nullable Integer position) {}
}
