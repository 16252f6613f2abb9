/**
 * The demo office: a believable company (sites, rooms, desks, equipment, people, months of
 * bookings and a generated picture of each room) created on an empty installation.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "space", "booking"})
@NullMarked
package dev.allot.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
