package dev.allot.booking;

/** The id of a {@link PresenceView}. */
public record PresenceId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
