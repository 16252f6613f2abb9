package dev.allot.space;

public record FloorId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
