package dev.allot.booking.web;

import dev.allot.booking.Attendance;
import dev.allot.booking.AttendanceFilter;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.Bookings;
import dev.allot.booking.PresenceStatus;
import dev.allot.identity.CurrentUser;
import dev.allot.space.FloorId;
import dev.allot.space.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who is in at a site on a day, for any signed-in person. */
@RestController
@Tag(name = "Bookings")
class AttendanceController {

    private final Bookings bookings;

    AttendanceController(Bookings bookings) {
        this.bookings = bookings;
    }

    record AttendanceResponse(long siteId, LocalDate day, String timeZone, @Nullable Long floorId, int desks,
            int rooms, List<PersonResponse> people, List<GuestResponse> guests, List<PresentResponse> present,
            int freeDesks) {}

    /** A guest with a desk that day, and their host. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AttendanceGuestResponse")
    record GuestResponse(String name, long hostId, String hostName, @Nullable String hostTeam, EntryResponse booking) {}

    /** Somebody in without a desk: waiting (with their place), offered one, or by choice (PRESENT). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AttendancePresentResponse")
    record PresentResponse(long presenceId, long userId, String name, @Nullable String team, @Nullable String guest,
            PresenceStatus status, @Nullable Integer position) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "AttendancePersonResponse")
    record PersonResponse(long userId, String name, @Nullable String team, List<EntryResponse> bookings) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "AttendanceEntryResponse")
    record EntryResponse(long bookingId, long resourceId, String resourceName, String resourceKind,
            @Nullable Long floorId, @Nullable String floorName, OffsetDateTime startsAt, OffsetDateTime endsAt,
            BookingStatus status) {}

    @GetMapping("/api/v1/sites/{id}/attendance")
    @Operation(summary = "Who is in: everyone with an active booking at the site that day",
            description = "Per person (with their team) their bookings that day (resource, floor, kind, times in the site's zone), and how "
                    + "many desks and rooms are booked. The day is the site's calendar day; it defaults to today there.")
    AttendanceResponse attendance(@PathVariable long id,
            @Parameter(description = "A day in the site's calendar (default: today there)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @Parameter(description = "Only this floor of the site")
            @RequestParam(required = false) @Positive @Nullable Long floorId,
            @Parameter(description = "Only the people of this team (guests go with their host)")
            @RequestParam(required = false) @Nullable String team,
            @Parameter(description = "Only the people of my own team")
            @RequestParam(defaultValue = "false") boolean myTeam,
            @Parameter(description = "Only people whose name contains this, ignoring case")
            @RequestParam(required = false) @Nullable String q,
            @AuthenticationPrincipal CurrentUser me) {
        Attendance attendance = bookings.attendance(new SiteId(id), day, floorId == null ? null : new FloorId(floorId),
                new AttendanceFilter(team, myTeam, q), me);
        ZoneId zone = attendance.timeZone();
        return new AttendanceResponse(attendance.siteId().value(), attendance.day(), attendance.timeZone().getId(),
                attendance.floorId() == null ? null : attendance.floorId().value(), attendance.desks(),
                attendance.rooms(), attendance.people().stream()
                        .map(person -> new PersonResponse(person.id().value(), person.name(), person.team(), person.bookings().stream()
                                .map(entry -> entry(entry, zone))
                                .toList()))
                        .toList(),
                attendance.guests().stream()
                        .map(g -> new GuestResponse(g.name(), g.hostId().value(), g.hostName(), g.hostTeam(), entry(g.booking(), zone)))
                        .toList(),
                attendance.present().stream()
                        .map(p -> new PresentResponse(p.presence().value(), p.id().value(), p.name(), p.team(), p.guest(),
                                p.status(), p.position()))
                        .toList(),
                attendance.freeDesks());
    }

    private static EntryResponse entry(Attendance.Entry entry, ZoneId zone) {
        var b = entry.booking();
        return new EntryResponse(b.id().value(), b.resourceId().value(), b.resourceName(), b.resourceKind().name(),
                entry.floorId() == null ? null : entry.floorId().value(), entry.floorName(),
                b.startsAt().atZone(zone).toOffsetDateTime(), b.endsAt().atZone(zone).toOffsetDateTime(), b.status());
    }
}
