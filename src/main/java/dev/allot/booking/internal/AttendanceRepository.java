package dev.allot.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attendance_confirmation table: one row per desk booking. Every change is a conditional
 * update that answers whether it changed the row, so a step run twice (or on two nodes) acts once.
 */
@Repository
class AttendanceRepository {

    private static final String COLUMNS = """
            booking_id, ask_at, release_at, asked_at, answer, answered_at, answered_by, released_at, release_reason""";

    /** How many rows one sweep step takes at a time. */
    static final int BATCH = 200;

    record Row(long bookingId, long askAt, long releaseAt, @Nullable Long askedAt, @Nullable String answer,
            @Nullable Long answeredAt, @Nullable Long answeredBy, @Nullable Long releasedAt,
            @Nullable String releaseReason) {}

    private final JdbcClient jdbc;

    AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The confirmation of a new desk booking, or of one moved to new times: the question and the
     * deadline start again (with "yes" already given when {@code answeredBy} is set). A released one
     * stays as it is.
     */
    void plan(long bookingId, long askAt, long releaseAt, @Nullable Long answeredBy, long now) {
        jdbc.sql("""
                        insert into attendance_confirmation (booking_id, ask_at, release_at, answer, answered_at, answered_by)
                        values (:id, :askAt, :releaseAt, :answer, :answeredAt, :answeredBy)
                        on conflict (booking_id) do update
                           set ask_at = excluded.ask_at, release_at = excluded.release_at, asked_at = null,
                               answer = excluded.answer, answered_at = excluded.answered_at,
                               answered_by = excluded.answered_by
                         where attendance_confirmation.released_at is null
                        """)
                .param("id", bookingId)
                .param("askAt", askAt)
                .param("releaseAt", releaseAt)
                .param("answer", answeredBy == null ? null : "YES")
                .param("answeredAt", answeredBy == null ? null : now)
                .param("answeredBy", answeredBy)
                .update();
    }

    Optional<Row> find(long bookingId) {
        return jdbc.sql("select " + COLUMNS + " from attendance_confirmation where booking_id = :id")
                .param("id", bookingId)
                .query(AttendanceRepository::map)
                .optional();
    }

    List<Row> findAll(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from attendance_confirmation where booking_id in (:ids)")
                .param("ids", List.copyOf(bookingIds))
                .query(AttendanceRepository::map)
                .list();
    }

    /**
     * Active, unanswered bookings whose question time has come (since {@code since}, so that rows
     * nobody will ask any more drop out of the scan) and whose deadline has not passed
     * (attendance_to_ask).
     */
    List<Long> dueToAsk(long now, long since) {
        return jdbc.sql("""
                        select c.booking_id from attendance_confirmation c
                          join booking b on b.id = c.booking_id
                         where c.asked_at is null and c.answer is null
                           and c.ask_at <= :now and c.ask_at > :since
                           and c.release_at > :now
                           and b.status in ('PENDING', 'CONFIRMED') and b.ends_at > :now and b.checked_in_at is null
                         order by c.ask_at, c.booking_id
                         limit :limit
                        """)
                .param("now", now)
                .param("since", since)
                .param("limit", BATCH)
                .query(Long.class)
                .list();
    }

    /** Asked, unanswered, active bookings whose deadline has passed since {@code since} (attendance_to_release). */
    List<Long> dueToRelease(long now, long since) {
        return jdbc.sql("""
                        select c.booking_id from attendance_confirmation c
                          join booking b on b.id = c.booking_id
                         where c.asked_at is not null and c.answer is null and c.released_at is null
                           and c.release_at <= :now and c.release_at > :since
                           and b.status in ('PENDING', 'CONFIRMED') and b.ends_at > :now and b.checked_in_at is null
                         order by c.release_at, c.booking_id
                         limit :limit
                        """)
                .param("now", now)
                .param("since", since)
                .param("limit", BATCH)
                .query(Long.class)
                .list();
    }

    /** Marks the question asked; false when it was asked or answered already. */
    boolean asked(long bookingId, long now) {
        return jdbc.sql("""
                        update attendance_confirmation set asked_at = :now
                         where booking_id = :id and asked_at is null and answer is null
                        """)
                .param("now", now)
                .param("id", bookingId)
                .update() == 1;
    }

    /** "Yes" (or a check-in); false when answered already or released. */
    boolean coming(long bookingId, long by, long now) {
        return jdbc.sql("""
                        update attendance_confirmation set answer = 'YES', answered_at = :now, answered_by = :by
                         where booking_id = :id and answer is null and released_at is null
                        """)
                .param("now", now)
                .param("by", by)
                .param("id", bookingId)
                .update() == 1;
    }

    /** "No", and the release that follows it; false when released already. */
    boolean notComing(long bookingId, long by, String reason, long now) {
        return jdbc.sql("""
                        update attendance_confirmation
                           set answer = 'NO', answered_at = :now, answered_by = :by, released_at = :now,
                               release_reason = :reason
                         where booking_id = :id and released_at is null
                        """)
                .param("now", now)
                .param("by", by)
                .param("reason", reason)
                .param("id", bookingId)
                .update() == 1;
    }

    /** The release of an asked booking nobody answered; false when it was answered or released meanwhile. */
    boolean unanswered(long bookingId, String reason, long now) {
        return jdbc.sql("""
                        update attendance_confirmation set released_at = :now, release_reason = :reason
                         where booking_id = :id and asked_at is not null and answer is null and released_at is null
                           and release_at <= :now
                        """)
                .param("now", now)
                .param("reason", reason)
                .param("id", bookingId)
                .update() == 1;
    }

    /** Forgets the confirmation of a booking cancelled otherwise: nothing more to ask or release. */
    void forget(long bookingId) {
        jdbc.sql("delete from attendance_confirmation where booking_id = :id and released_at is null")
                .param("id", bookingId)
                .update();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("booking_id"), rs.getLong("ask_at"), rs.getLong("release_at"),
                nullableLong(rs, "asked_at"), rs.getString("answer"), nullableLong(rs, "answered_at"),
                nullableLong(rs, "answered_by"), nullableLong(rs, "released_at"), rs.getString("release_reason"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
