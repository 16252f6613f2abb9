/**
 * The demo office: a believable company (sites, rooms, desks, equipment, people, months of
 * bookings, a generated picture of each room and a plan of each floor with its desks and rooms
 * placed) created on an empty installation.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "space", "booking", "gathering"})
@NullMarked
package dev.allot.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
