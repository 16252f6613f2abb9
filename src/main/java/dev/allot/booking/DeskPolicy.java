package dev.allot.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A site's desk settings.
 *
 * @param guestsPerHost guests one member may bring on one day (desks and presences together)
 * @param autoAssign a freed desk is booked for the first in line at once, instead of offered
 */
public record DeskPolicy(@Min(0) @Max(100) int guestsPerHost, boolean autoAssign) {

    public static final DeskPolicy DEFAULT = new DeskPolicy(2, false);
}
