package dev.allot.space;

/**
 * Contributed by the module that owns bookings, so that a resource search can keep only the
 * resources free in a period inside one SQL statement, without the space module knowing how
 * bookings are stored.
 */
public interface FreeTimeFilter {

    /**
     * A SQL condition that holds when the resource whose id is in {@code resourceIdColumn} has no
     * active booking overlapping [{@code :freeFrom}, {@code :freeTo}) (epoch milliseconds).
     */
    String freeDuring(String resourceIdColumn);
}
