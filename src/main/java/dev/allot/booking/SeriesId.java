package dev.allot.booking;

/** The id of a series of bookings. */
public record SeriesId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
