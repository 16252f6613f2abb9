package dev.allot.booking;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bookings read in keyset order (start, then id) without counting the rest: {@code next} is where
 * the following slice starts, null after the last one.
 */
public record BookingSlice(List<BookingView> items, BookingHistory.@Nullable Position next) {}
