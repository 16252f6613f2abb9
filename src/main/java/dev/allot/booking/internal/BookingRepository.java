package dev.allot.booking.internal;

import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.Guest;
import dev.allot.platform.DatabaseVendor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The booking table. The overlap invariant is not checked here but by the database: the exclusion
 * constraint booking_no_overlap on PostgreSQL; on SQLite the triggers booking_no_overlap_on_insert
 * and booking_no_overlap_on_update, which abort with the message booking_no_overlap.
 */
@Repository
class BookingRepository {

    static final String OVERLAP_CONSTRAINT = "booking_no_overlap";

    static final String COLUMNS = """
            id, resource_id, user_id, title, note, attendees, starts_at, ends_at, status, created_at, updated_at,
            decided_by, cancelled_by, reason, checked_in_at, day, guest_name, guest_email, private_title, series_id,
            occurrence_day""";

    /** Active bookings of some resources (:ids) overlapping [:from, :to), read between two keys (ADR 25). */
    static final String ACTIVE_TIMES = """
            select resource_id, starts_at, ends_at from booking
             where resource_id in (:ids) and status in ('PENDING', 'CONFIRMED')
               and starts_at < :to and ends_at > :from and %s
             order by resource_id, starts_at
            """.formatted(BookingSpan.startsAfter("starts_at", ":from", "s.resource_id in (:ids)"));

    /** The first active booking of :resourceId other than :exceptId overlapping [:startsAt, :endsAt). */
    static final String FIRST_OVERLAPPING = "select " + COLUMNS + """
             from booking
            where resource_id = :resourceId
              and status in ('PENDING', 'CONFIRMED')
              and starts_at < :endsAt
              and ends_at > :startsAt
              and %s
              and id <> :exceptId
            order by starts_at
            limit 1
            """.formatted(BookingSpan.startsAfterFor("starts_at", ":startsAt", ":resourceId"));

    /** Namespace of the advisory locks taken per resource (the first key of pg_advisory_xact_lock). */
    private static final int BOOKING_LOCKS = 0x0B00C;
    private static final int PERSON_LOCKS = 0x0B00D;

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    BookingRepository(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /**
     * Queues writers of one resource's bookings until this transaction ends. The exclusion
     * constraint alone is still what forbids overlaps, but two transactions inserting overlapping
     * rows at once can deadlock on it (each waits for the other's row); waiting here first means the
     * second one finds the first's row committed and is refused at once. SQLite needs nothing: its
     * transactions begin IMMEDIATE, one writer at a time.
     */
    void lockResource(long resourceId) {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            jdbc.sql("select pg_advisory_xact_lock(:namespace, cast(:resourceId as integer))")
                    .param("namespace", BOOKING_LOCKS)
                    .param("resourceId", resourceId)
                    .query((rs, row) -> 1)
                    .list();
        }
    }

    /**
     * A booking that holds a desk on {@code day} (a local date, or null for none), for {@code guest}
     * when given: the trigger desk_claim_on_booking_insert claims the day, refused by desk_claim's keys.
     */
    BookingRow insert(long resourceId, long userId, String title, @Nullable String note, int attendees, long startsAt,
            long endsAt, BookingStatus status, long now, @Nullable String day, @Nullable Guest guest) {
        return insert(resourceId, userId, title, note, attendees, startsAt, endsAt, status, now, day, guest, false, null,
                null);
    }

    /**
     * Stores a booking and answers it as stored, in the same round trip; {@code privateTitle} (V27) and
     * {@code seriesId} (V28, an occurrence of that series, standing for its {@code occurrenceDay}, V29) as well.
     */
    BookingRow insert(long resourceId, long userId, String title, @Nullable String note, int attendees, long startsAt,
            long endsAt, BookingStatus status, long now, @Nullable String day, @Nullable Guest guest,
            boolean privateTitle, @Nullable Long seriesId, @Nullable String occurrenceDay) {
        return jdbc.sql("""
                        insert into booking (resource_id, user_id, title, note, attendees, starts_at, ends_at, status,
                                             created_at, updated_at, day, guest_name, guest_email, private_title, series_id,
                                             occurrence_day)
                        values (:resourceId, :userId, :title, :note, :attendees, :startsAt, :endsAt, :status, :now, :now,
                                :day, :guestName, :guestEmail, :privateTitle, :seriesId, :occurrenceDay)
                        """ + "returning " + COLUMNS)
                .param("privateTitle", privateTitle)
                .param("seriesId", seriesId, java.sql.Types.BIGINT)
                .param("occurrenceDay", occurrenceDay)
                .param("day", day)
                .param("guestName", guest == null ? null : guest.name())
                .param("guestEmail", guest == null ? null : guest.email())
                .param("resourceId", resourceId)
                .param("userId", userId)
                .param("title", title)
                .param("note", note)
                .param("attendees", attendees)
                .param("startsAt", startsAt)
                .param("endsAt", endsAt)
                .param("status", status.name())
                .param("now", now)
                .query(BookingRepository::map)
                .single();
    }

    /** A booking to store as it is given: an import's row, already judged by the rules. */
    record NewBooking(long resourceId, long userId, String title, @Nullable String note, int attendees, long startsAt,
            long endsAt, BookingStatus status, @Nullable Long decidedBy, @Nullable Long cancelledBy,
            @Nullable Long checkedInAt) {}

    /** Rows per insert statement: 13 parameters each stays far below both databases' limits. */
    private static final int ROWS_PER_INSERT = 500;

    /**
     * Stores many bookings with multi-row inserts and answers their ids in the order given. Ids
     * come from one statement's rows in the order of its VALUES list on both databases, so the
     * sorted ids of a statement match its rows.
     */
    List<Long> insertAll(List<NewBooking> rows, long now) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<NewBooking> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("""
                    insert into booking (resource_id, user_id, title, note, attendees, starts_at, ends_at, status,
                                         created_at, updated_at, decided_by, cancelled_by, checked_in_at)
                    values """);
            List<@Nullable Object> params = new ArrayList<>(chunk.size() * 13);
            for (int i = 0; i < chunk.size(); i++) {
                NewBooking row = chunk.get(i);
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                params.addAll(java.util.Arrays.asList(row.resourceId(), row.userId(), row.title(), row.note(),
                        row.attendees(), row.startsAt(), row.endsAt(), row.status().name(), now, now,
                        row.decidedBy(), row.cancelledBy(), row.checkedInAt()));
            }
            sql.append(" returning id");
            List<Long> chunkIds = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(Long.class).list());
            chunkIds.sort(null);
            ids.addAll(chunkIds);
        }
        return ids;
    }

    /**
     * Queues imports behind one another on PostgreSQL, so two imports never deadlock on the
     * exclusion constraint. One lock, not one per resource: an import touches thousands.
     */
    void lockImports() {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            jdbc.sql("select pg_advisory_xact_lock(:namespace, -1)")
                    .param("namespace", BOOKING_LOCKS)
                    .query((rs, row) -> 1)
                    .list();
        }
    }

    /** Records the check-in of a confirmed booking; false when it was not confirmed or already checked in. */
    boolean checkIn(long id, long at) {
        return jdbc.sql("""
                        update booking set checked_in_at = :at, updated_at = :at
                         where id = :id and status = 'CONFIRMED' and checked_in_at is null
                        """)
                .param("at", at)
                .param("id", id)
                .update() == 1;
    }

    /** [starts_at, ends_at) of active bookings of these resources overlapping [from, to) (booking_active_by_resource). */
    Map<Long, List<long[]>> activeTimes(java.util.Collection<Long> resourceIds, long from, long to) {
        Map<Long, List<long[]>> times = new HashMap<>();
        List<Long> ids = List.copyOf(resourceIds);
        for (int start = 0; start < ids.size(); start += 500) {
            jdbc.sql(ACTIVE_TIMES)
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + 500)))
                    .param("from", from)
                    .param("to", to)
                    .query(rs -> {
                        times.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                .add(new long[] {rs.getLong(2), rs.getLong(3)});
                    });
        }
        return times;
    }

    Optional<BookingRow> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from booking where id = :id")
                .param("id", id)
                .query(BookingRepository::map)
                .optional();
    }

    /**
     * The first active booking of the resource, other than {@code exceptId}, overlapping
     * [startsAt, endsAt) (booking_active_by_resource).
     */
    Optional<BookingRow> firstOverlapping(long resourceId, long startsAt, long endsAt, long exceptId) {
        return jdbc.sql(FIRST_OVERLAPPING)
                .param("resourceId", resourceId)
                .param("startsAt", startsAt)
                .param("endsAt", endsAt)
                .param("exceptId", exceptId)
                .query(BookingRepository::map)
                .optional();
    }

    /** New times and details for a booking that is still active; false when it no longer is. */
    boolean change(long id, long startsAt, long endsAt, String title, int attendees, @Nullable String note,
            BookingStatus status, long now, @Nullable String day) {
        // a booking that holds a desk's day moves to the day of its new start (desk_claim_on_booking_update)
        return jdbc.sql("""
                        update booking
                        set starts_at = :startsAt, ends_at = :endsAt, title = :title, attendees = :attendees,
                            note = :note, status = :status, updated_at = :now,
                            day = case when day is null then null else :day end
                        where id = :id and status in ('PENDING', 'CONFIRMED')
                        """)
                .param("day", day)
                .param("startsAt", startsAt)
                .param("endsAt", endsAt)
                .param("title", title)
                .param("attendees", attendees)
                .param("note", note)
                .param("status", status.name())
                .param("now", now)
                .param("id", id)
                .update() == 1;
    }

    /**
     * Moves a booking from one of {@code from} to {@code to}; answers false when it was in no such
     * status any more (someone else got there first).
     */
    boolean transition(long id, List<BookingStatus> from, BookingStatus to, long actorId, @Nullable String reason,
            long now) {
        String actorColumn = to == BookingStatus.CANCELLED ? "cancelled_by" : "decided_by";
        return jdbc.sql("update booking set status = :to, " + actorColumn + " = :actor, reason = :reason, "
                        + "updated_at = :now where id = :id and status in (:from)")
                .param("to", to.name())
                .param("actor", actorId)
                .param("reason", reason)
                .param("now", now)
                .param("id", id)
                .param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    List<BookingRow> find(BookingQuery query, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select " + COLUMNS + " from booking" + where + " order by starts_at, id limit :limit offset :offset")
                .params(params)
                .query(BookingRepository::map)
                .list();
    }

    long count(BookingQuery query) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from booking" + where(query, params)).params(params).query(Long.class).single();
    }

    static String where(BookingQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.bookedBy() != null) {
            conditions.add("user_id = :userId");
            params.put("userId", query.bookedBy().value());
        }
        if (query.resourceId() != null) {
            conditions.add("resource_id = :resourceId");
            params.put("resourceId", query.resourceId().value());
        }
        if (query.siteId() != null) {
            conditions.add("resource_id in (select id from resource where site_id = :siteId)");
            params.put("siteId", query.siteId().value());
        }
        if (query.from() != null) {
            conditions.add("ends_at > :from");
            conditions.add(BookingSpan.startsAfter("starts_at", ":from",
                    query.resourceId() != null ? "s.resource_id = :resourceId" : ""));
            params.put("from", query.from().toEpochMilli());
        }
        if (query.to() != null) {
            conditions.add("starts_at < :to");
            params.put("to", query.to().toEpochMilli());
        }
        if (!query.statuses().isEmpty()) {
            conditions.add("status in (:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static BookingRow map(ResultSet rs, int row) throws SQLException {
        return new BookingRow(rs.getLong("id"), rs.getLong("resource_id"), rs.getLong("user_id"), rs.getString("title"),
                rs.getString("note"), rs.getInt("attendees"), rs.getLong("starts_at"), rs.getLong("ends_at"),
                BookingStatus.valueOf(rs.getString("status")), rs.getLong("created_at"), rs.getLong("updated_at"),
                nullableLong(rs, "decided_by"), nullableLong(rs, "cancelled_by"), rs.getString("reason"),
                nullableLong(rs, "checked_in_at"), rs.getString("day"), rs.getString("guest_name"),
                rs.getString("guest_email"), rs.getBoolean("private_title"), nullableLong(rs, "series_id"),
                rs.getString("occurrence_day"));
    }

    List<BookingRow> ofSeries(long seriesId) {
        return jdbc.sql("select " + COLUMNS + " from booking where series_id = :series order by starts_at, id")
                .param("series", seriesId).query(BookingRepository::map).list();
    }

    /** What a fair-use limit counts of a booking: its resource and times. */
    record Held(long id, long resourceId, long startsAt, long endsAt) {}

    /**
     * {@code userId}'s active bookings that start in [startsFrom, startsBefore) and end after
     * {@code endsAfter}: a range of the booking_by_user index, whatever the person's history.
     */
    List<Held> heldBy(long userId, long startsFrom, long startsBefore, long endsAfter) {
        return jdbc.sql("""
                        select id, resource_id, starts_at, ends_at from booking
                         where user_id = :user and starts_at >= :from and starts_at < :to and ends_at > :after
                           and status in ('PENDING', 'CONFIRMED')""")
                .param("user", userId).param("from", startsFrom).param("to", startsBefore).param("after", endsAfter)
                .query((rs, row) -> new Held(rs.getLong("id"), rs.getLong("resource_id"), rs.getLong("starts_at"),
                        rs.getLong("ends_at")))
                .list();
    }

    /**
     * Holds {@code userId}'s fair-use lock until the transaction ends, so that two bookings of one person
     * are counted one after the other (PostgreSQL; SQLite has one writer, and counts after writing).
     */
    void lockPerson(long userId) {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            jdbc.sql("select pg_advisory_xact_lock(:namespace, cast(:userId as integer))")
                    .param("namespace", PERSON_LOCKS)
                    .param("userId", userId)
                    .query((rs, row) -> 1)
                    .list();
        }
    }

    /** The bookings {@code ids} become occurrences of series {@code seriesId} (a change split their series). */
    void moveToSeries(Collection<Long> ids, long seriesId) {
        if (!ids.isEmpty()) {
            jdbc.sql("update booking set series_id = :series where id in (:ids)")
                    .param("series", seriesId).param("ids", ids).update();
        }
    }

    /** Whether colleagues see the booking's title or "Busy" (V27). */
    void setPrivateTitle(long id, boolean privateTitle) {
        jdbc.sql("update booking set private_title = :private where id = :id")
                .param("private", privateTitle).param("id", id).update();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** One statement; starts_at < ends_at, so the booking_by_time index narrows it first. */
    int anonymiseEndedBefore(long before, String title) {
        return jdbc.sql("""
                        update booking
                           set title = :title, note = null, reason = null
                         where starts_at < :before
                           and ends_at < :before
                           and (title <> :title or note is not null or reason is not null)
                        """)
                .param("before", before)
                .param("title", title)
                .update();
    }

    /**
     * Releases a booking nobody is using (ADR 20): cancelled with a release reason, by {@code actorId}
     * or by Allot itself (null), while it is still active and not checked in; false otherwise.
     */
    boolean release(long id, String reason, @Nullable Long actorId, long now) {
        return jdbc.sql("""
                        update booking set status = 'CANCELLED', cancelled_by = :actor, reason = :reason, updated_at = :now
                         where id = :id and status in ('PENDING', 'CONFIRMED') and checked_in_at is null
                        """)
                .param("actor", actorId)
                .param("reason", reason)
                .param("now", now)
                .param("id", id)
                .update() == 1;
    }

    /**
     * Confirmed room bookings, still running, that started in (since, startedBy] and were not checked
     * in: the no-show release's candidates (booking_by_time narrows it to the window).
     */
    List<Long> roomsNotCheckedIn(long startedBy, long since, long now, int limit) {
        return jdbc.sql("""
                        select id from booking
                         where starts_at <= :startedBy and starts_at > :since and ends_at > :now
                           and status = 'CONFIRMED' and checked_in_at is null
                           and resource_id in (select id from resource where kind = 'ROOM')
                         order by starts_at, id
                         limit :limit
                        """)
                .param("startedBy", startedBy)
                .param("since", since)
                .param("now", now)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }
}
