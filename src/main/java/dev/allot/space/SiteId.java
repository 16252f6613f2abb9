package dev.allot.space;

public record SiteId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
