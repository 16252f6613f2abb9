package dev.allot.booking;

/**
 * What a person may do with a booking now, by the same policy that the use cases apply: where this
 * says no, the use case refuses, and where it says yes, it goes ahead unless the booking changed
 * meanwhile (or a reason is missing where one is required).
 */
public record BookingActions(boolean change, boolean cancel, boolean checkIn, boolean approve, boolean reject) {

    public static final BookingActions NONE = new BookingActions(false, false, false, false, false);
}
