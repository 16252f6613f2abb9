package dev.allot.gathering;

import org.jspecify.annotations.Nullable;

/** What people said of someone in one part (as host, or as guest): the mean score 1–5 and how many gave one. */
public record Reputation(@Nullable Double average, int count) {

    public static final Reputation NONE = new Reputation(null, 0);
}
