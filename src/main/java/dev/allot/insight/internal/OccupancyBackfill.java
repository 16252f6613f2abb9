package dev.allot.insight.internal;

import dev.allot.booking.BookingHistory;
import dev.allot.booking.BookingQuery;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the bookings that existed before the read model did (an upgrade to V10): when the ledger is
 * empty but bookings exist, every booking is counted once, in one transaction, at start-up.
 */
@Component
class OccupancyBackfill {

    private static final Logger log = LoggerFactory.getLogger(OccupancyBackfill.class);
    private static final BookingQuery ALL = new BookingQuery(null, null, null, null, null, Set.of());

    private final OccupancyModel model;
    private final BookingHistory bookings;
    private final TransactionTemplate transaction;

    OccupancyBackfill(OccupancyModel model, BookingHistory bookings, PlatformTransactionManager transactions) {
        this.model = model;
        this.bookings = bookings;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void countExistingBookings() {
        if (!model.empty() || bookings.chunk(ALL, null, 1).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (!model.empty()) {
                return; // another node did it meanwhile
            }
            long[] counted = {0};
            bookings.forEachChunk(ALL, BookingHistory.MAX_CHUNK, chunk -> {
                model.record(chunk);
                counted[0] += chunk.size();
            });
            log.info("Occupancy read model: counted {} existing bookings", counted[0]);
        });
    }
}
