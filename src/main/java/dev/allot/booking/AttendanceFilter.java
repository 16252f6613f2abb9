package dev.allot.booking;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Narrows who is in to some people: those of one team, those of the asker's own team, or those
 * whose name contains {@code name} (ignoring case, in any alphabet). Guests go with their host.
 * The counts of desks, rooms and free desks stay the site's.
 *
 * @param team a team's name, exactly as in the directory
 * @param myTeam only the asker's team (nobody, when the asker is in none)
 */
public record AttendanceFilter(@Size(max = 100) @Nullable String team, boolean myTeam,
        @Size(max = 100) @Nullable String name) {

    public static final AttendanceFilter EVERYONE = new AttendanceFilter(null, false, null);
}
