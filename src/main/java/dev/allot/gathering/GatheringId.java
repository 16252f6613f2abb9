package dev.allot.gathering;

/** The id of a {@link GatheringView}. */
public record GatheringId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
