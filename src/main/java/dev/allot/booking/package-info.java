/**
 * The reservation engine: book a resource, cancel, approve and reject, with the rules of duration,
 * horizon, capacity and opening hours, and no two active bookings of one resource overlapping.
 */
@NullMarked
package dev.allot.booking;

import org.jspecify.annotations.NullMarked;
