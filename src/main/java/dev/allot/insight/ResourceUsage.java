package dev.allot.insight;

import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import org.jspecify.annotations.Nullable;

/**
 * One resource over a period: its booked and open hours, and its bookings by current status (a
 * booking counts on the local day it starts).
 *
 * @param active whether people can book it now (inactive resources keep their history)
 * @param checkInUsed whether any of its bookings in the period was checked in (ADR 9)
 * @param pastConfirmed confirmed bookings on days that are over
 * @param noShows of those, the ones never checked in, counted only where check-in is used
 */
public record ResourceUsage(
        ResourceId resourceId,
        String name,
        ResourceKind kind,
        int capacity,
        @Nullable String floorName,
        boolean active,
        double bookedHours,
        double availableHours,
        @Nullable Double utilisation,
        int pending,
        int confirmed,
        int cancelled,
        int rejected,
        int checkedIn,
        boolean checkInUsed,
        int pastConfirmed,
        int noShows) {}
