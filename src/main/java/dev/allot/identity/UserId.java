package dev.allot.identity;

public record UserId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
