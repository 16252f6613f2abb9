package dev.allot.booking;

/**
 * What a fair-use limit counts of a person's active (pending or confirmed) bookings. Weeks run Monday
 * to Sunday in each booking's site calendar; a booking counts in the week of its start.
 */
public enum LimitMeasure {
    /** Bookings that have not ended yet (an imported one longer than the rules allow is not counted). */
    ACTIVE_BOOKINGS,
    /** Hours booked in a week. */
    HOURS_PER_WEEK,
    /** Days with a booking in a week (for desks: desk days). */
    DAYS_PER_WEEK,
    /** Minutes booked inside the peak window (its weekdays, between its times) in a week. */
    PEAK_MINUTES_PER_WEEK;

    public boolean weekly() {
        return this != ACTIVE_BOOKINGS;
    }
}
