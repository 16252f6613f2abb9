/**
 * The reservation engine: book a resource, change, cancel, approve and reject, check in, import,
 * and who is in, with the rules of duration, horizon, capacity and opening hours and no two active
 * bookings of one resource overlapping; and the news, webhook events and calendar entries of it.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "space", "notification"})
@NullMarked
package dev.allot.booking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
