package dev.allot.identity;

public record UserId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
