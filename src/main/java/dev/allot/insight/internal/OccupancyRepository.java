package dev.allot.insight.internal;

import dev.allot.booking.BookingStatus;
import dev.allot.space.ResourceKind;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of the occupancy read model: the ledger of counted bookings and the hourly and daily
 * rollups. Writes are batched (one statement per table per event, however many bookings it carries).
 */
@Repository
class OccupancyRepository {

    /** Lists of ids are sent in chunks of this many, well below either database's parameter limit. */
    private static final int CHUNK = 1_000;

    /** Rows per multi-row insert: at most 10 columns, so far below either database's parameter limit. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OccupancyRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- the ledger

    Map<Long, Stay> stays(Collection<Long> bookingIds) {
        Map<Long, Stay> stays = new HashMap<>();
        for (List<Long> chunk : chunks(bookingIds)) {
            jdbc.sql("""
                            select booking_id, resource_id, site_id, kind, time_zone, starts_at, ends_at, status, checked_in_at
                            from occupancy_booking
                            where booking_id in (:ids)
                            """)
                    .param("ids", chunk)
                    .query(OccupancyRepository::stay)
                    .list()
                    .forEach(stay -> stays.put(stay.bookingId(), stay));
        }
        return stays;
    }

    List<Stay> staysOfResource(long resourceId) {
        return jdbc.sql("""
                        select booking_id, resource_id, site_id, kind, time_zone, starts_at, ends_at, status, checked_in_at
                        from occupancy_booking
                        where resource_id = ?
                        """) // occupancy_booking_resource
                .param(resourceId)
                .query(OccupancyRepository::stay)
                .list();
    }

    long ledgerSize() {
        return jdbc.sql("select count(*) from occupancy_booking").query(Long.class).single();
    }

    /** Stores what is now counted for these bookings, replacing what was. */
    void remember(List<Stay> stays, boolean known) {
        if (known) {
            batch("""
                    update occupancy_booking
                    set resource_id = ?, site_id = ?, kind = ?, time_zone = ?, starts_at = ?, ends_at = ?, status = ?,
                        checked_in_at = ?
                    where booking_id = ?
                    """, stays, stays.size(), (statement, stay) -> {
                statement.setLong(1, stay.resourceId());
                statement.setLong(2, stay.siteId());
                statement.setString(3, stay.kind().name());
                statement.setString(4, stay.zone().getId());
                statement.setLong(5, stay.startsAt());
                statement.setLong(6, stay.endsAt());
                statement.setString(7, stay.status().name());
                setNullableLong(statement, 8, stay.checkedInAt());
                statement.setLong(9, stay.bookingId());
            });
        } else {
            insertRows("""
                    insert into occupancy_booking
                        (booking_id, resource_id, site_id, kind, time_zone, starts_at, ends_at, status, checked_in_at)
                    """, "", stays, stay -> new Object[] {stay.bookingId(), stay.resourceId(), stay.siteId(),
                    stay.kind().name(), stay.zone().getId(), stay.startsAt(), stay.endsAt(), stay.status().name(),
                    new SqlParameterValue(Types.BIGINT, stay.checkedInAt())});
        }
    }

    void forgetEverything() {
        jdbc.sql("delete from occupancy_hour").update();
        jdbc.sql("delete from occupancy_day").update();
        jdbc.sql("delete from occupancy_site_hour").update();
        jdbc.sql("delete from occupancy_booking").update();
    }

    // ---- the rollups

    /** Adds the tally to the rollups and drops rows that came down to nothing. */
    void apply(Tally tally) {
        List<Map.Entry<Tally.HourKey, Tally.Hour>> hours = new ArrayList<>(tally.hours.entrySet());
        hours.removeIf(entry -> entry.getValue().empty());
        insertRows("""
                        insert into occupancy_hour
                            (resource_id, hour_start, site_id, local_day, weekday, local_hour, booked_ms, used_ms)
                        """, """
                        on conflict (resource_id, hour_start) do update
                        set booked_ms = occupancy_hour.booked_ms + excluded.booked_ms,
                            used_ms = occupancy_hour.used_ms + excluded.used_ms
                        """, hours, entry -> {
                    Tally.Hour hour = entry.getValue();
                    return new Object[] {entry.getKey().resourceId(), entry.getKey().hourStart(), hour.siteId,
                            hour.localDay, hour.weekday, hour.localHour, hour.bookedMs, hour.usedMs};
                });
        List<Map.Entry<Tally.HourKey, Tally.Hour>> shrunk = hours.stream()
                .filter(entry -> entry.getValue().bookedMs < 0 || entry.getValue().usedMs < 0)
                .toList();
        batch("""
                        delete from occupancy_hour
                        where resource_id = ? and hour_start = ? and booked_ms = 0 and used_ms = 0
                        """, shrunk, shrunk.size(), (statement, entry) -> {
                    statement.setLong(1, entry.getKey().resourceId());
                    statement.setLong(2, entry.getKey().hourStart());
                });

        List<Map.Entry<Tally.SiteHourKey, Tally.Hour>> siteHours = new ArrayList<>(tally.siteHours.entrySet());
        siteHours.removeIf(entry -> entry.getValue().empty());
        insertRows("""
                        insert into occupancy_site_hour
                            (site_id, kind, hour_start, local_day, weekday, local_hour, booked_ms, used_ms)
                        """, """
                        on conflict (site_id, kind, hour_start) do update
                        set booked_ms = occupancy_site_hour.booked_ms + excluded.booked_ms,
                            used_ms = occupancy_site_hour.used_ms + excluded.used_ms
                        """, siteHours, entry -> {
                    Tally.Hour hour = entry.getValue();
                    return new Object[] {entry.getKey().siteId(), entry.getKey().kind().name(),
                            entry.getKey().hourStart(), hour.localDay, hour.weekday, hour.localHour, hour.bookedMs,
                            hour.usedMs};
                });
        List<Map.Entry<Tally.SiteHourKey, Tally.Hour>> shrunkSiteHours = siteHours.stream()
                .filter(entry -> entry.getValue().bookedMs < 0 || entry.getValue().usedMs < 0)
                .toList();
        batch("""
                        delete from occupancy_site_hour
                        where site_id = ? and kind = ? and hour_start = ? and booked_ms = 0 and used_ms = 0
                        """, shrunkSiteHours, shrunkSiteHours.size(), (statement, entry) -> {
                    statement.setLong(1, entry.getKey().siteId());
                    statement.setString(2, entry.getKey().kind().name());
                    statement.setLong(3, entry.getKey().hourStart());
                });

        List<Map.Entry<Tally.DayKey, Tally.Day>> days = new ArrayList<>(tally.days.entrySet());
        days.removeIf(entry -> entry.getValue().empty());
        insertRows("""
                        insert into occupancy_day
                            (resource_id, local_day, site_id, booked_ms, used_ms,
                             pending, confirmed, cancelled, rejected, checked_in)
                        """, """
                        on conflict (resource_id, local_day) do update
                        set booked_ms = occupancy_day.booked_ms + excluded.booked_ms,
                            used_ms = occupancy_day.used_ms + excluded.used_ms,
                            pending = occupancy_day.pending + excluded.pending,
                            confirmed = occupancy_day.confirmed + excluded.confirmed,
                            cancelled = occupancy_day.cancelled + excluded.cancelled,
                            rejected = occupancy_day.rejected + excluded.rejected,
                            checked_in = occupancy_day.checked_in + excluded.checked_in
                        """, days, entry -> {
                    Tally.Day day = entry.getValue();
                    return new Object[] {entry.getKey().resourceId(), entry.getKey().localDay(), day.siteId,
                            day.bookedMs, day.usedMs, day.pending, day.confirmed, day.cancelled, day.rejected,
                            day.checkedIn};
                });
        List<Tally.DayKey> shrunkDays = days.stream()
                .filter(entry -> entry.getValue().bookedMs < 0 || entry.getValue().pending < 0
                        || entry.getValue().confirmed < 0 || entry.getValue().cancelled < 0
                        || entry.getValue().rejected < 0 || entry.getValue().checkedIn < 0
                        || entry.getValue().usedMs < 0)
                .map(Map.Entry::getKey)
                .toList();
        batch("""
                        delete from occupancy_day
                        where resource_id = ? and local_day = ? and booked_ms = 0 and used_ms = 0 and pending = 0
                          and confirmed = 0 and cancelled = 0 and rejected = 0 and checked_in = 0
                        """, shrunkDays, shrunkDays.size(), (statement, key) -> {
                    statement.setLong(1, key.resourceId());
                    statement.setInt(2, key.localDay());
                });
    }

    /** One resource's sums over local days [fromDay, toDay]; "past" sums stop before {@code today}. */
    record DayTotals(long resourceId, long bookedMs, long usedMs, int pending, int confirmed, int cancelled,
            int rejected, int checkedIn, long pastBookedMs, long pastUsedMs, int pastConfirmed, int pastCheckedIn) {

        static DayTotals none(long resourceId) {
            return new DayTotals(resourceId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    Map<Long, DayTotals> dayTotals(Collection<Long> resourceIds, long fromDay, long toDay, long today) {
        Map<Long, DayTotals> totals = new HashMap<>();
        for (List<Long> chunk : chunks(resourceIds)) {
            jdbc.sql("""
                            select resource_id,
                                   sum(booked_ms), sum(used_ms), sum(pending), sum(confirmed), sum(cancelled),
                                   sum(rejected), sum(checked_in),
                                   sum(case when local_day < :today then booked_ms else 0 end),
                                   sum(case when local_day < :today then used_ms else 0 end),
                                   sum(case when local_day < :today then confirmed else 0 end),
                                   sum(case when local_day < :today then checked_in else 0 end)
                            from occupancy_day
                            where resource_id in (:ids) and local_day between :from and :to
                            group by resource_id
                            """) // primary key (resource_id, local_day)
                    .param("ids", chunk)
                    .param("from", fromDay)
                    .param("to", toDay)
                    .param("today", today)
                    .query((rs, row) -> new DayTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getLong(9), rs.getLong(10),
                            rs.getInt(11), rs.getInt(12)))
                    .list()
                    .forEach(total -> totals.put(total.resourceId(), total));
        }
        return totals;
    }

    /** Sums over the resources per local day: booked, used, pending, confirmed, cancelled, rejected, checked in. */
    Map<Long, long[]> byDay(Collection<Long> resourceIds, long fromDay, long toDay) {
        Map<Long, long[]> days = new HashMap<>();
        for (List<Long> chunk : chunks(resourceIds)) {
            jdbc.sql("""
                            select local_day, sum(booked_ms), sum(used_ms), sum(pending), sum(confirmed), sum(cancelled),
                                   sum(rejected), sum(checked_in)
                            from occupancy_day
                            where resource_id in (:ids) and local_day between :from and :to
                            group by local_day
                            """) // primary key (resource_id, local_day)
                    .param("ids", chunk)
                    .param("from", fromDay)
                    .param("to", toDay)
                    .query(rs -> {
                        long[] day = days.computeIfAbsent(rs.getLong(1), key -> new long[7]);
                        for (int i = 0; i < 7; i++) {
                            day[i] += rs.getLong(i + 2);
                        }
                    });
        }
        return days;
    }

    /** Booked milliseconds by weekday (1..7) and local hour, indexed (weekday - 1) * 24 + hour. */
    long[] bookedByWeekdayHour(Collection<Long> resourceIds, long fromInstant, long toInstant) {
        long[] booked = new long[7 * 24];
        for (List<Long> chunk : chunks(resourceIds)) {
            jdbc.sql("""
                            select weekday, local_hour, sum(booked_ms)
                            from occupancy_hour
                            where resource_id in (:ids) and hour_start >= :from and hour_start < :to
                            group by weekday, local_hour
                            """) // primary key (resource_id, hour_start)
                    .param("ids", chunk)
                    .param("from", fromInstant)
                    .param("to", toInstant)
                    .query(rs -> {
                        booked[(rs.getInt(1) - 1) * 24 + rs.getInt(2)] += rs.getLong(3);
                    });
        }
        return booked;
    }

    /** Booked milliseconds of a whole site (optionally one kind), indexed as {@link #bookedByWeekdayHour}. */
    long[] siteBookedByWeekdayHour(long siteId, @Nullable ResourceKind kind, long fromInstant, long toInstant) {
        long[] booked = new long[7 * 24];
        String ofKind = kind == null ? "" : "and kind = :kind";
        jdbc.sql("""
                        select weekday, local_hour, sum(booked_ms)
                        from occupancy_site_hour
                        where site_id = :site and hour_start >= :from and hour_start < :to %s
                        group by weekday, local_hour
                        """.formatted(ofKind)) // primary key (site_id, kind, hour_start)
                .params(kind == null
                        ? Map.of("site", siteId, "from", fromInstant, "to", toInstant)
                        : Map.of("site", siteId, "from", fromInstant, "to", toInstant, "kind", kind.name()))
                .query(rs -> {
                    booked[(rs.getInt(1) - 1) * 24 + rs.getInt(2)] += rs.getLong(3);
                });
        return booked;
    }

    private static Stay stay(java.sql.ResultSet rs, int row) throws SQLException {
        long checkedIn = rs.getLong(9);
        Long checkedInAt = rs.wasNull() ? null : checkedIn;
        return new Stay(rs.getLong(1), rs.getLong(2), rs.getLong(3), ResourceKind.valueOf(rs.getString(4)),
                ZoneId.of(rs.getString(5)), rs.getLong(6), rs.getLong(7), BookingStatus.valueOf(rs.getString(8)),
                checkedInAt);
    }

    private static void setNullableLong(PreparedStatement statement, int index, @Nullable Long value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /**
     * Inserts rows with multi-row VALUES lists of up to {@link #ROWS_PER_STATEMENT} rows: one round trip
     * per few hundred rows on PostgreSQL, where a JDBC batch still sends each row on its own. The keys
     * within one call are distinct, as ON CONFLICT DO UPDATE requires.
     */
    private <T> void insertRows(String head, String tail, List<T> rows, java.util.function.Function<T, Object[]> values) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> arguments = new ArrayList<>();
            StringBuilder sql = new StringBuilder(head).append("values ");
            for (int i = 0; i < chunk.size(); i++) {
                Object[] row = values.apply(chunk.get(i));
                sql.append(i == 0 ? "(" : ", (").append("?, ".repeat(row.length - 1)).append("?)");
                arguments.addAll(java.util.Arrays.asList(row));
            }
            template.update(sql.append('\n').append(tail).toString(), arguments.toArray());
        }
    }

    /** One JDBC batch; nothing at all (not even a prepared statement) for an empty list. */
    private <T> void batch(String sql, List<T> rows, int size,
            org.springframework.jdbc.core.ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            template.batchUpdate(sql, rows, size, setter);
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
