package dev.allot.platform;

/** Which page to read; sizes are clamped to 1..200 so a client cannot ask for everything at once. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be 0 or greater");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
