/** How bookings are checked against the rules and stored. */
@NullMarked
package dev.allot.booking.internal;

import org.jspecify.annotations.NullMarked;
