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
 * booking that day, by name, and how many desks and rooms are booked.
 *
 * @param desks active desk bookings that day
 * @param rooms active room bookings that day
 */
public record Attendance(SiteId siteId, LocalDate day, ZoneId timeZone, @Nullable FloorId floorId,
        List<Person> people, int desks, int rooms) {

    /** One person's active bookings that day, in order of their start. */
    public record Person(UserId id, String name, List<Entry> bookings) {}

    /** A booking with the floor of its resource (null for a resource on no floor). */
    public record Entry(BookingView booking, @Nullable FloorId floorId, @Nullable String floorName) {}
}
