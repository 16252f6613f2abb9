package dev.allot.booking;

public record BookingId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
