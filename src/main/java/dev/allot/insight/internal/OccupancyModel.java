package dev.allot.insight.internal;

import dev.allot.booking.BookingView;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model in step with bookings: for each booking an event names, the share it had
 * (from the ledger) comes out of the rollups and the share it has now goes in. That makes every event
 * the same simple delta, whatever it carries, and replaying one changes nothing.
 */
@Component
class OccupancyModel {

    private static final Logger log = LoggerFactory.getLogger(OccupancyModel.class);

    private final OccupancyRepository repository;
    private final Timer timer;

    OccupancyModel(OccupancyRepository repository, MeterRegistry meters) {
        this.repository = repository;
        this.timer = Timer.builder("allot.insight.occupancy.update")
                .description("Time the occupancy read model adds to a booking transaction")
                .register(meters);
    }

    /** Counts these bookings as they are now. Runs in the caller's transaction. */
    void record(List<BookingView> bookings) {
        if (bookings.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Map<Long, Stay> now = new LinkedHashMap<>();
        bookings.forEach(booking -> now.put(booking.id().value(), Stay.of(booking)));
        Map<Long, Stay> before = repository.stays(now.keySet());
        Tally tally = new Tally();
        List<Stay> known = new ArrayList<>();
        List<Stay> fresh = new ArrayList<>();
        now.forEach((id, stay) -> {
            Stay was = before.get(id);
            if (was != null) {
                tally.remove(was);
                known.add(stay);
            } else {
                fresh.add(stay);
            }
            tally.add(stay);
        });
        repository.remember(known, true);
        repository.remember(fresh, false);
        repository.apply(tally);
        long nanos = System.nanoTime() - started;
        timer.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        if (bookings.size() >= 100) {
            log.info("Occupancy read model: {} booking(s) counted in {} ms", bookings.size(), nanos / 1_000_000);
        } else {
            log.debug("Occupancy read model: {} booking(s) counted in {} µs", bookings.size(), nanos / 1_000);
        }
    }

    /** Counts a resource's bookings again from the ledger, at the site, kind and zone it has now. */
    void recount(ResourceView resource) {
        Tally tally = new Tally();
        List<Stay> moved = new ArrayList<>();
        for (Stay was : repository.staysOfResource(resource.id().value())) {
            Stay now = was.at(resource.siteId().value(), resource.kind(), resource.timeZone());
            tally.remove(was);
            tally.add(now);
            moved.add(now);
        }
        repository.remember(moved, true);
        repository.apply(tally);
    }

    void recount(SiteView site, List<ResourceView> resources) {
        log.info("Occupancy read model: site {} moved to zone {}; recounting {} resources", site.id().value(),
                site.timeZone(), resources.size());
        resources.forEach(this::recount);
    }

    boolean empty() {
        return repository.ledgerSize() == 0;
    }

    void forgetEverything() {
        repository.forgetEverything();
    }
}
