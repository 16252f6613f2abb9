package dev.allot.insight.internal;

import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCheckedIn;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingsImported;
import dev.allot.platform.PageRequest;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceSaved;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteSaved;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the booking events into the read model. Synchronous on purpose, like the audit's: they run
 * inside the transaction that changed the booking, so the rollups change exactly when bookings do.
 */
@Component
class OccupancyListeners {

    private final OccupancyModel model;
    private final Spaces spaces;

    OccupancyListeners(OccupancyModel model, Spaces spaces) {
        this.model = model;
        this.spaces = spaces;
    }

    @EventListener
    void on(BookingCreated event) {
        model.record(List.of(event.booking()));
    }

    @EventListener
    void on(BookingChanged event) {
        model.record(List.of(event.after()));
    }

    @EventListener
    void on(BookingCancelled event) {
        model.record(List.of(event.booking()));
    }

    @EventListener
    void on(BookingApproved event) {
        model.record(List.of(event.booking()));
    }

    @EventListener
    void on(BookingRejected event) {
        model.record(List.of(event.booking()));
    }

    @EventListener
    void on(BookingCheckedIn event) {
        model.record(List.of(event.booking()));
    }

    @EventListener
    void on(BookingsImported event) {
        model.record(event.bookings());
    }

    /** Local hours depend on the zone: a site that changes its zone is counted again (so is a resource that moves). */
    @EventListener
    void on(SiteSaved event) {
        SiteView before = event.before();
        if (before != null && !before.timeZone().equals(event.after().timeZone())) {
            model.recount(event.after(), resourcesOf(event.after()));
        }
    }

    @EventListener
    void on(ResourceSaved event) {
        ResourceView before = event.before();
        if (before != null && (!before.siteId().equals(event.after().siteId())
                || before.kind() != event.after().kind())) {
            model.recount(event.after());
        }
    }

    private List<ResourceView> resourcesOf(SiteView site) {
        List<ResourceView> resources = new ArrayList<>();
        int page = 0;
        while (true) {
            List<ResourceView> items = spaces.search(
                    new ResourceQuery(null, site.id(), null, null, Set.of(), null, null, true),
                    new PageRequest(page++, PageRequest.MAX_SIZE)).items();
            resources.addAll(items);
            if (items.size() < PageRequest.MAX_SIZE) {
                return resources;
            }
        }
    }
}
