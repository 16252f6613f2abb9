/**
 * Occupancy insights: utilisation, weekday-by-hour heatmaps, best times and site summaries, read
 * from an hourly read model that the booking events keep up to date.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "space", "booking"})
@NullMarked
package dev.allot.insight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
