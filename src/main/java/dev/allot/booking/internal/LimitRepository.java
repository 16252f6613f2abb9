package dev.allot.booking.internal;

import dev.allot.booking.BookingLimit;
import dev.allot.booking.LimitMeasure;
import dev.allot.booking.PeakWindow;
import dev.allot.booking.SaveLimit;
import dev.allot.identity.Role;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fair-use limits (V29's booking_limit). */
@Repository
class LimitRepository {

    private static final String COLUMNS = """
            id, role, site_id, kind, measure, amount, peak_days, peak_start, peak_end, updated_at""";

    private final JdbcClient jdbc;

    LimitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BookingLimit> all() {
        return jdbc.sql("select " + COLUMNS + " from booking_limit order by role, measure, id")
                .query(LimitRepository::map).list();
    }

    /** The limits that hold people of {@code role}: one small read per booking, none when there are none. */
    List<BookingLimit> of(Role role) {
        return jdbc.sql("select " + COLUMNS + " from booking_limit where role = :role order by id")
                .param("role", role.name()).query(LimitRepository::map).list();
    }

    Optional<BookingLimit> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from booking_limit where id = :id").param("id", id)
                .query(LimitRepository::map).optional();
    }

    long insert(SaveLimit limit, long now) {
        return params(jdbc.sql("""
                        insert into booking_limit (role, site_id, kind, measure, amount, peak_days, peak_start, peak_end,
                                                   created_at, updated_at)
                        values (:role, :siteId, :kind, :measure, :amount, :peakDays, :peakStart, :peakEnd, :now, :now)
                        returning id"""), limit, now)
                .query(Long.class).single();
    }

    boolean update(long id, SaveLimit limit, long now) {
        return params(jdbc.sql("""
                        update booking_limit
                           set role = :role, site_id = :siteId, kind = :kind, measure = :measure, amount = :amount,
                               peak_days = :peakDays, peak_start = :peakStart, peak_end = :peakEnd, updated_at = :now
                         where id = :id""").param("id", id), limit, now)
                .update() == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("delete from booking_limit where id = :id").param("id", id).update() == 1;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, SaveLimit limit, long now) {
        boolean peak = limit.measure() == LimitMeasure.PEAK_MINUTES_PER_WEEK;
        return sql.param("role", limit.role().name())
                .param("siteId", limit.siteId() == null ? null : limit.siteId().value(), java.sql.Types.BIGINT)
                .param("kind", limit.kind() == null ? null : limit.kind().name())
                .param("measure", limit.measure().name())
                .param("amount", limit.amount())
                .param("peakDays", peak ? limit.peakDays().stream().distinct().sorted().map(DayOfWeek::name)
                        .collect(Collectors.joining(",")) : null)
                .param("peakStart", peak ? limit.peakStart().toString() : null)
                .param("peakEnd", peak ? limit.peakEnd().toString() : null)
                .param("now", now);
    }

    private static BookingLimit map(ResultSet rs, int row) throws SQLException {
        long site = rs.getLong("site_id");
        @Nullable SiteId siteId = rs.wasNull() ? null : new SiteId(site);
        String kind = rs.getString("kind");
        String days = rs.getString("peak_days");
        @Nullable PeakWindow peak = days == null ? null : new PeakWindow(
                Arrays.stream(days.split(",")).map(DayOfWeek::valueOf).toList(),
                LocalTime.parse(rs.getString("peak_start")), LocalTime.parse(rs.getString("peak_end")));
        return new BookingLimit(rs.getLong("id"), Role.valueOf(rs.getString("role")), siteId,
                kind == null ? null : ResourceKind.valueOf(kind), LimitMeasure.valueOf(rs.getString("measure")),
                rs.getInt("amount"), peak, Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
