package dev.allot.insight.internal;

import dev.allot.booking.BookingApproved;
import dev.allot.booking.BookingCancelled;
import dev.allot.booking.BookingChanged;
import dev.allot.booking.BookingCheckedIn;
import dev.allot.booking.BookingCreated;
import dev.allot.booking.BookingEvent;
import dev.allot.booking.BookingEventConsumer;
import dev.allot.booking.BookingHistory;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingRejected;
import dev.allot.booking.BookingsImported;
import dev.allot.booking.SeriesActed;
import dev.allot.platform.PageRequest;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceSaved;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteSaved;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the booking events into the read model after their transactions (ADR 26), a batch at a
 * time: the bookings the events name are read again as they are now and counted (the model's ledger
 * makes that a delta, and counting a booking twice changes nothing). Reading them again rather than
 * taking the events' copies keeps a booking at the site, kind and zone its resource has now, even
 * when the resource moved while the event waited. Changes of sites and resources are still followed
 * in their own transactions.
 */
@Component
class OccupancyListeners implements BookingEventConsumer {

    private final OccupancyModel model;
    private final Spaces spaces;
    private final BookingHistory bookings;

    OccupancyListeners(OccupancyModel model, Spaces spaces, BookingHistory bookings) {
        this.model = model;
        this.spaces = spaces;
        this.bookings = bookings;
    }

    @Override
    public String name() {
        return "occupancy";
    }

    @Override
    public void accept(List<BookingEvent> events) {
        Set<BookingId> named = new LinkedHashSet<>();
        for (BookingEvent event : events) {
            switch (event) {
                case BookingCreated created -> named.add(created.booking().id());
                case BookingChanged changed -> named.add(changed.after().id());
                case BookingCancelled cancelled -> named.add(cancelled.booking().id());
                case BookingApproved approved -> named.add(approved.booking().id());
                case BookingRejected rejected -> named.add(rejected.booking().id());
                case BookingCheckedIn checkedIn -> named.add(checkedIn.booking().id());
                case BookingsImported imported -> imported.bookings().forEach(booking -> named.add(booking.id()));
                case SeriesActed acted -> acted.series().bookings().forEach(booking -> named.add(booking.id()));
            }
        }
        model.record(bookings.current(named));
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
