/** The reports' JSON API, exports and pages; members see only their own bookings. */
@NullMarked
package dev.allot.report.web;

import org.jspecify.annotations.NullMarked;
