/** Bookings on the web: the REST API and the pages for finding, booking, approving and seeing who is in. */
@NullMarked
package dev.allot.booking.web;

import org.jspecify.annotations.NullMarked;
