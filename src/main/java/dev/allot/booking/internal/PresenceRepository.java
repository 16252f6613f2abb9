package dev.allot.booking.internal;

import dev.allot.booking.Guest;
import dev.allot.booking.PresenceStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The presence table: "I'll be in" per site and day, and the line for desks (WAITING and OFFERED,
 * first come first served by id, presence_by_site_day). Every status change is one conditional
 * update, so an answer, a cancellation and an expiry never both take effect.
 */
@Repository
class PresenceRepository {

    static final String ONE_PER_PERSON_DAY = "presence_one_per_person_day";

    private static final String COLUMNS = """
            id, site_id, day, user_id, guest_name, guest_email, status, offered_resource_id, offer_expires_at,
            booking_id, created_at, updated_at""";

    record Row(long id, long siteId, String day, long userId, @Nullable Guest guest, PresenceStatus status,
            @Nullable Long resourceId, @Nullable Long offerExpiresAt, @Nullable Long bookingId, long createdAt,
            long updatedAt) {}

    private final JdbcClient jdbc;

    PresenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Row insert(long siteId, String day, long userId, @Nullable Guest guest, PresenceStatus status, long now) {
        return jdbc.sql("""
                        insert into presence (site_id, day, user_id, guest_name, guest_email, status, created_at,
                                              updated_at)
                        values (:siteId, :day, :userId, :guestName, :guestEmail, :status, :now, :now)
                        returning\s""" + COLUMNS)
                .param("siteId", siteId)
                .param("day", day)
                .param("userId", userId)
                .param("guestName", guest == null ? null : guest.name())
                .param("guestEmail", guest == null ? null : guest.email())
                .param("status", status.name())
                .param("now", now)
                .query(PresenceRepository::map)
                .single();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from presence where id = :id")
                .param("id", id)
                .query(PresenceRepository::map)
                .optional();
    }

    /** One's own standing presence on a day (presence_one_per_person_day). */
    Optional<Row> standingOf(long userId, String day) {
        return jdbc.sql("select " + COLUMNS + """
                         from presence
                        where user_id = :userId and day = :day and guest_name is null
                          and status in ('WAITING', 'OFFERED', 'PRESENT')
                        """)
                .param("userId", userId)
                .param("day", day)
                .query(PresenceRepository::map)
                .optional();
    }

    /** The first in the site-day's line without an offer. */
    Optional<Row> firstWaiting(long siteId, String day) {
        return jdbc.sql("select " + COLUMNS + """
                         from presence
                        where site_id = :siteId and day = :day and status = 'WAITING'
                        order by id
                        limit 1
                        """)
                .param("siteId", siteId)
                .param("day", day)
                .query(PresenceRepository::map)
                .optional();
    }

    /** The place in the line: 1 + those ahead (waiting or offered, joined earlier). */
    int position(Row row) {
        return 1 + jdbc.sql("""
                        select count(*) from presence
                         where site_id = :siteId and day = :day and status in ('WAITING', 'OFFERED') and id < :id
                        """)
                .param("siteId", row.siteId())
                .param("day", row.day())
                .param("id", row.id())
                .query(Integer.class)
                .single();
    }

    /** Days from {@code fromDay} on when someone waits at the site. */
    List<String> daysWaiting(long siteId, String fromDay) {
        return jdbc.sql("""
                        select distinct day from presence
                         where site_id = :siteId and day >= :fromDay and status = 'WAITING'
                         order by day
                        """)
                .param("siteId", siteId)
                .param("fromDay", fromDay)
                .query(String.class)
                .list();
    }

    List<Row> at(long siteId, String day) {
        return jdbc.sql("select " + COLUMNS + " from presence where site_id = :siteId and day = :day order by id")
                .param("siteId", siteId)
                .param("day", day)
                .query(PresenceRepository::map)
                .list();
    }

    List<Row> of(long userId, String fromDay) {
        return jdbc.sql("select " + COLUMNS + """
                         from presence where user_id = :userId and day >= :fromDay order by day, id
                        """)
                .param("userId", userId)
                .param("fromDay", fromDay)
                .query(PresenceRepository::map)
                .list();
    }

    /** WAITING → OFFERED with the desk held until {@code expiresAt}. */
    boolean offer(long id, long resourceId, long expiresAt, long now) {
        return jdbc.sql("""
                        update presence set status = 'OFFERED', offered_resource_id = :resourceId,
                               offer_expires_at = :expiresAt, updated_at = :now
                         where id = :id and status = 'WAITING'
                        """)
                .param("id", id)
                .param("resourceId", resourceId)
                .param("expiresAt", expiresAt)
                .param("now", now)
                .update() == 1;
    }

    /** An offer still standing at {@code now} is accepted; false when it was answered, withdrawn or lapsed. */
    boolean acceptOffer(long id, long now) {
        return jdbc.sql("""
                        update presence set status = 'BOOKED', updated_at = :now
                         where id = :id and status = 'OFFERED' and offer_expires_at > :now
                        """)
                .param("id", id)
                .param("now", now)
                .update() == 1;
    }

    /** An offer that lapsed by {@code now} expires: false when it was answered or had not lapsed. */
    boolean expireOffer(long id, long now) {
        return jdbc.sql("""
                        update presence set status = 'EXPIRED', updated_at = :now
                         where id = :id and status = 'OFFERED' and offer_expires_at <= :now
                        """)
                .param("id", id)
                .param("now", now)
                .update() == 1;
    }

    /** Moves a presence from one of {@code from} to {@code to}; false when it stood in none of them. */
    boolean move(long id, List<PresenceStatus> from, PresenceStatus to, long now) {
        return jdbc.sql("update presence set status = :to, updated_at = :now where id = :id and status in (:from)")
                .param("id", id)
                .param("to", to.name())
                .param("now", now)
                .param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    void attachBooking(long id, long bookingId, long resourceId) {
        jdbc.sql("update presence set booking_id = :bookingId, offered_resource_id = :resourceId where id = :id")
                .param("id", id)
                .param("bookingId", bookingId)
                .param("resourceId", resourceId)
                .update();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        String guestName = rs.getString("guest_name");
        return new Row(rs.getLong("id"), rs.getLong("site_id"), rs.getString("day"), rs.getLong("user_id"),
                guestName == null ? null : new Guest(guestName, rs.getString("guest_email")),
                PresenceStatus.valueOf(rs.getString("status")), nullableLong(rs, "offered_resource_id"),
                nullableLong(rs, "offer_expires_at"), nullableLong(rs, "booking_id"), rs.getLong("created_at"),
                rs.getLong("updated_at"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
