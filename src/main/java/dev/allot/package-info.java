/**
 * Allot, a booking platform for workplaces and communities: each direct subpackage is a module
 * (platform, identity, space, booking, notification, audit) whose root package is its API.
 */
@NullMarked
package dev.allot;

import org.jspecify.annotations.NullMarked;
