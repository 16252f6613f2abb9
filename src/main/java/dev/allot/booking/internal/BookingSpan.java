package dev.allot.booking.internal;

/**
 * The lower bound that keeps an overlap scan independent of history (ADR 25): a booking overlapping
 * [from, to) ends after from and lasts at most the longest booking its resource ever had
 * (booking_span), so it starts after {@code from - longest}. With that bound next to
 * {@code starts_at < to}, the index on (resource_id, starts_at) is read between two keys instead of
 * from a resource's first booking on.
 */
final class BookingSpan {

    private BookingSpan() {}

    /**
     * {@code startsAt > from - longest}, the longest over the span rows that {@code spanFilter}
     * keeps (a condition on {@code s.resource_id}, or empty for every resource); without a span row
     * the bound falls back to 0, which is exact but unbounded.
     */
    static String startsAfter(String startsAt, String from, String spanFilter) {
        return "%s > %s - coalesce((select max(s.longest) from booking_span s%s), %s)"
                .formatted(startsAt, from, spanFilter.isEmpty() ? "" : " where " + spanFilter, from);
    }

    /** {@link #startsAfter} for the bookings of the resource {@code resourceId} (a column or a parameter). */
    static String startsAfterFor(String startsAt, String from, String resourceId) {
        return startsAfter(startsAt, from, "s.resource_id = " + resourceId);
    }
}
