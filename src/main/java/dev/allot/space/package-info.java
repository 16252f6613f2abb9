/**
 * Where things can be booked: sites with their time zone and opening hours, floors, and resources
 * (rooms, desks, equipment) with capacity and amenities, floor plans with resources placed on them;
 * and the search over them.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity"})
@NullMarked
package dev.allot.space;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
