/**
 * Community events with seats: a host announces a film evening (or any small gathering), people ask
 * to join or are invited, the host accepts within the seats; followers, privacy and short links.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "space", "booking", "notification"})
@NullMarked
package dev.allot.gathering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
