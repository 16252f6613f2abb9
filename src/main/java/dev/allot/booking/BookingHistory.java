package dev.allot.booking;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Bookings read in bulk, for reports and exports: in the order (start, id), one chunk at a time
 * after the last one read (keyset pagination), so that the thousandth chunk is as quick to read as
 * the first and nothing holds more than one chunk. Reads only; who may see what is the caller's
 * business.
 */
public interface BookingHistory {

    int MAX_CHUNK = 5_000;

    /**
     * Up to {@code limit} (1..{@link #MAX_CHUNK}) bookings matching {@code query}, ordered by start
     * then id, strictly after {@code after} (null for the first chunk).
     */
    List<BookingView> chunk(BookingQuery query, @Nullable Position after, int limit);

    /** The bookings with these ids as they are now (unknown ids are left out), in no particular order. */
    List<BookingView> current(java.util.Collection<BookingId> ids);

    /** Every matching booking, in order, handed over {@code chunkSize} at a time. */
    default void forEachChunk(BookingQuery query, int chunkSize, Consumer<List<BookingView>> consumer) {
        Position after = null;
        while (true) {
            List<BookingView> chunk = chunk(query, after, chunkSize);
            if (!chunk.isEmpty()) {
                consumer.accept(chunk);
            }
            if (chunk.size() < chunkSize) {
                return;
            }
            BookingView last = chunk.getLast();
            after = new Position(last.startsAt(), last.id());
        }
    }

    /** Where a chunk ended: the start and id of its last booking. */
    record Position(Instant startsAt, BookingId id) {}
}
