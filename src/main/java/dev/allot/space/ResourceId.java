package dev.allot.space;

public record ResourceId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
