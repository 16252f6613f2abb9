package dev.allot.booking;

import java.util.Set;

/**
 * Where a presence stands. WAITING and OFFERED are places in the site-day's line; PRESENT is "I'll
 * be in" without a desk and out of the line (by choice or after declining an offer); BOOKED, CANCELLED
 * and EXPIRED (an offer lapsed) are ends.
 */
public enum PresenceStatus {
    WAITING, OFFERED, BOOKED, PRESENT, CANCELLED, EXPIRED;

    /** The statuses of a presence that still stands. */
    public static final Set<PresenceStatus> STANDING = Set.of(WAITING, OFFERED, PRESENT);

    public boolean standing() {
        return STANDING.contains(this);
    }
}
