package dev.allot.booking.internal;

import dev.allot.booking.BookingHistory;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingView;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import dev.allot.space.Spaces;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keyset pagination over the booking table: "after (start, id)" instead of an offset, so a deep
 * chunk costs what the first does. Filters are {@link BookingRepository}'s; the order (starts_at,
 * id) is served by booking_by_user for a person and booking_by_time otherwise.
 */
@Service
class BookingHistoryReader implements BookingHistory {

    private final JdbcClient jdbc;
    private final Spaces spaces;

    BookingHistoryReader(JdbcClient jdbc, Spaces spaces) {
        this.jdbc = jdbc;
        this.spaces = spaces;
    }

    @Override
    public List<BookingView> chunk(BookingQuery query, @Nullable Position after, int limit) {
        if (limit < 1 || limit > MAX_CHUNK) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_CHUNK);
        }
        Map<String, Object> params = new HashMap<>();
        String where = BookingRepository.where(query, params);
        if (after != null) {
            where += (where.isEmpty() ? " where " : " and ")
                    + "(starts_at > :afterStart or (starts_at = :afterStart and id > :afterId))";
            params.put("afterStart", after.startsAt().toEpochMilli());
            params.put("afterId", after.id().value());
        }
        params.put("limit", limit);
        List<BookingRow> rows = jdbc.sql("select " + BookingRepository.COLUMNS + " from booking" + where
                        + " order by starts_at, id limit :limit")
                .params(params)
                .query(BookingRepository::map)
                .list();
        return views(rows);
    }

    @Override
    public List<BookingView> current(java.util.Collection<BookingId> ids) {
        List<Long> all = ids.stream().map(BookingId::value).distinct().toList();
        List<BookingRow> rows = new java.util.ArrayList<>(all.size());
        for (int start = 0; start < all.size(); start += 500) {
            rows.addAll(jdbc.sql("select " + BookingRepository.COLUMNS + " from booking where id in (:ids)")
                    .param("ids", all.subList(start, Math.min(all.size(), start + 500)))
                    .query(BookingRepository::map)
                    .list());
        }
        return views(rows);
    }

    private List<BookingView> views(List<BookingRow> rows) {
        Map<ResourceId, ResourceView> resources = spaces.resourcesByIds(
                rows.stream().map(row -> new ResourceId(row.resourceId())).distinct().toList());
        return rows.stream().map(row -> row.view(resources.get(new ResourceId(row.resourceId())))).toList();
    }
}
