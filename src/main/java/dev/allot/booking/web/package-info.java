/** The bookings REST API. */
@NullMarked
package dev.allot.booking.web;

import org.jspecify.annotations.NullMarked;
