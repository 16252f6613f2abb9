package dev.allot.booking;

import java.util.Set;

public enum BookingStatus {
    /** Waits for an admin's approval; holds its slot meanwhile. */
    PENDING,
    CONFIRMED,
    REJECTED,
    CANCELLED;

    /** The statuses that hold a slot: two of these never overlap on one resource. */
    public static final Set<BookingStatus> ACTIVE = Set.of(PENDING, CONFIRMED);

    public boolean active() {
        return ACTIVE.contains(this);
    }
}
