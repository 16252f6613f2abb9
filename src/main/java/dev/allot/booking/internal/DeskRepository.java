package dev.allot.booking.internal;

import dev.allot.booking.DeskPolicy;
import dev.allot.platform.DatabaseVendor;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The desk tables: desk_claim (one holder per desk and day, one desk per person and day; a booking's
 * claim is kept by the triggers desk_claim_on_booking_*, an offer's hold is written here), fixed_desk
 * with its releases, and desk_policy. Days are local dates (YYYY-MM-DD) of the desk's site.
 */
@Repository
class DeskRepository {

    /** Free desks of :siteId on :day, whose bookable hours are [:from, :to); see {@link #freeDesks}. */
    static final String FREE_DESKS = """
            select r.id from resource r
             where r.site_id = :siteId and r.kind = 'DESK' and r.active = :active
               and not exists (select 1 from desk_claim c where c.resource_id = r.id and c.day = :day)
               and not exists (select 1 from booking b
                                where b.resource_id = r.id and b.status in ('PENDING', 'CONFIRMED')
                                  and b.starts_at < :to and b.ends_at > :from
                                  and %s)
               and not exists (select 1 from fixed_desk f
                                where f.resource_id = r.id
                                  and not exists (select 1 from fixed_desk_release x
                                                   where x.resource_id = f.resource_id and x.day = :day))
             order by r.name, r.id
            """.formatted(BookingSpan.startsAfterFor("b.starts_at", ":from", "r.id"));

    /** Active bookings of :resourceId overlapping [:from, :to); see {@link #bookedBetween}. */
    static final String BOOKED_BETWEEN = """
            select count(*) from booking
             where resource_id = :resourceId and status in ('PENDING', 'CONFIRMED')
               and starts_at < :to and ends_at > :from and %s
            """.formatted(BookingSpan.startsAfterFor("starts_at", ":from", ":resourceId"));

    /** The primary key: a desk has one holder a day (SQLite names the columns, PostgreSQL the constraint). */
    static final List<String> DESK_TAKEN = List.of("desk_claim_pkey", "desk_claim.resource_id");
    /** A person has one desk a day. */
    static final List<String> PERSON_HAS_DESK = List.of("desk_claim_person_day", "desk_claim.user_id");

    /** Namespace of the advisory locks taken per site for its desk days (the first key of pg_advisory_xact_lock). */
    private static final int DESK_LOCKS = 0x0DE5C;

    /** Who holds a desk on a day: a booking (userId null for a guest's) or an offer's hold. */
    record Claim(long resourceId, String day, @Nullable Long userId, @Nullable Long bookingId,
            @Nullable Long presenceId) {}

    record Fixed(long resourceId, long userId) {}

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    DeskRepository(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /**
     * Queues the desk-day writers of one site until this transaction ends, before any per-resource
     * lock (the same order everywhere): matching the line then sees every committed claim. SQLite
     * writes one at a time anyway.
     */
    void lockSite(long siteId) {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            jdbc.sql("select pg_advisory_xact_lock(:namespace, cast(:siteId as integer))")
                    .param("namespace", DESK_LOCKS)
                    .param("siteId", siteId)
                    .query((rs, row) -> 1)
                    .list();
        }
    }

    static boolean violates(Throwable failure, List<String> names) {
        return names.stream().anyMatch(name -> DatabaseVendor.isViolationOf(failure, name));
    }

    Optional<Claim> claim(long resourceId, String day) {
        return jdbc.sql("select resource_id, day, user_id, booking_id, presence_id from desk_claim "
                        + "where resource_id = :resourceId and day = :day")
                .param("resourceId", resourceId)
                .param("day", day)
                .query(DeskRepository::claim)
                .optional();
    }

    /** The desk a person holds on a day (desk_claim_person_day). */
    Optional<Claim> claimOf(long userId, String day) {
        return jdbc.sql("select resource_id, day, user_id, booking_id, presence_id from desk_claim "
                        + "where user_id = :userId and day = :day")
                .param("userId", userId)
                .param("day", day)
                .query(DeskRepository::claim)
                .optional();
    }

    /** The claims of a site's desks on a day. */
    List<Claim> claimsAt(long siteId, String day) {
        return jdbc.sql("""
                        select c.resource_id, c.day, c.user_id, c.booking_id, c.presence_id
                          from desk_claim c join resource r on r.id = c.resource_id
                         where r.site_id = :siteId and c.day = :day
                        """)
                .param("siteId", siteId)
                .param("day", day)
                .query(DeskRepository::claim)
                .list();
    }

    /** Holds a desk for an offer; the primary key refuses a desk somebody holds. */
    void hold(long resourceId, String day, long presenceId) {
        jdbc.sql("insert into desk_claim (resource_id, day, presence_id) values (:resourceId, :day, :presenceId)")
                .param("resourceId", resourceId)
                .param("day", day)
                .param("presenceId", presenceId)
                .update();
    }

    void releaseHold(long presenceId) {
        jdbc.sql("delete from desk_claim where presence_id = :presenceId")
                .param("presenceId", presenceId)
                .update();
    }

    /**
     * Active desks of the site that nobody holds that day: no claim, no active booking overlapping the
     * day's bookable hours (bookings from before desk days, imports), and not a fixed desk unless its
     * owner released the day. In the order they are offered: by name.
     */
    List<Long> freeDesks(long siteId, String day, long from, long to) {
        return jdbc.sql(FREE_DESKS)
                .param("siteId", siteId)
                .param("day", day)
                .param("from", from)
                .param("to", to)
                .param("active", true)
                .query(Long.class)
                .list();
    }

    /** Whether an active booking other than a desk-day claim overlaps [from, to) on the desk. */
    boolean bookedBetween(long resourceId, long from, long to) {
        return jdbc.sql(BOOKED_BETWEEN)
                .param("resourceId", resourceId)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single() > 0;
    }

    /** A host's guests on a day: their active desk bookings and standing presences. */
    int guestsOf(long hostId, String day) {
        return jdbc.sql("""
                        select (select count(*) from booking
                                 where user_id = :hostId and day = :day and guest_name is not null
                                   and status in ('PENDING', 'CONFIRMED'))
                             + (select count(*) from presence
                                 where user_id = :hostId and day = :day and guest_name is not null
                                   and status in ('WAITING', 'OFFERED', 'PRESENT'))
                        """)
                .param("hostId", hostId)
                .param("day", day)
                .query(Integer.class)
                .single();
    }

    /** Queues guest bookings of one host (PostgreSQL), so that two at once cannot pass the limit together. */
    void lockHost(long hostId) {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            jdbc.sql("select pg_advisory_xact_lock(:namespace, cast(:hostId as integer))")
                    .param("namespace", DESK_LOCKS + 1)
                    .param("hostId", hostId)
                    .query((rs, row) -> 1)
                    .list();
        }
    }

    Optional<Fixed> fixed(long resourceId) {
        return jdbc.sql("select resource_id, user_id from fixed_desk where resource_id = :resourceId")
                .param("resourceId", resourceId)
                .query((rs, row) -> new Fixed(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    Optional<Fixed> fixedOf(long userId) {
        return jdbc.sql("select resource_id, user_id from fixed_desk where user_id = :userId")
                .param("userId", userId)
                .query((rs, row) -> new Fixed(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    List<Fixed> fixedAt(long siteId) {
        return jdbc.sql("""
                        select f.resource_id, f.user_id from fixed_desk f join resource r on r.id = f.resource_id
                         where r.site_id = :siteId order by r.name, r.id
                        """)
                .param("siteId", siteId)
                .query((rs, row) -> new Fixed(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    /** False when the desk is somebody's already, or the person has a fixed desk (the keys refuse it). */
    boolean assignFixed(long resourceId, long userId, long now) {
        return jdbc.sql("""
                        insert into fixed_desk (resource_id, user_id, created_at)
                        select :resourceId, :userId, :now
                         where not exists (select 1 from fixed_desk where resource_id = :resourceId or user_id = :userId)
                        """)
                .param("resourceId", resourceId)
                .param("userId", userId)
                .param("now", now)
                .update() == 1;
    }

    boolean removeFixed(long resourceId) {
        return jdbc.sql("delete from fixed_desk where resource_id = :resourceId")
                .param("resourceId", resourceId)
                .update() == 1;
    }

    /** False when the day was released already. */
    boolean release(long resourceId, String day, long now) {
        return jdbc.sql("""
                        insert into fixed_desk_release (resource_id, day, created_at) values (:resourceId, :day, :now)
                        on conflict do nothing
                        """)
                .param("resourceId", resourceId)
                .param("day", day)
                .param("now", now)
                .update() == 1;
    }

    boolean released(long resourceId, String day) {
        return jdbc.sql("select count(*) from fixed_desk_release where resource_id = :resourceId and day = :day")
                .param("resourceId", resourceId)
                .param("day", day)
                .query(Long.class)
                .single() > 0;
    }

    List<String> releasedFrom(long resourceId, String fromDay) {
        return jdbc.sql("select day from fixed_desk_release where resource_id = :resourceId and day >= :from order by day")
                .param("resourceId", resourceId)
                .param("from", fromDay)
                .query(String.class)
                .list();
    }

    Optional<DeskPolicy> policy(long siteId) {
        return jdbc.sql("select guests_per_host, auto_assign from desk_policy where site_id = :siteId")
                .param("siteId", siteId)
                .query((rs, row) -> new DeskPolicy(rs.getInt(1), rs.getBoolean(2)))
                .optional();
    }

    void savePolicy(long siteId, DeskPolicy policy, long now) {
        jdbc.sql("""
                        insert into desk_policy (site_id, guests_per_host, auto_assign, updated_at)
                        values (:siteId, :guests, :autoAssign, :now)
                        on conflict (site_id) do update
                           set guests_per_host = excluded.guests_per_host, auto_assign = excluded.auto_assign,
                               updated_at = excluded.updated_at
                        """)
                .param("siteId", siteId)
                .param("guests", policy.guestsPerHost())
                .param("autoAssign", policy.autoAssign())
                .param("now", now)
                .update();
    }

    private static Claim claim(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Claim(rs.getLong(1), rs.getString(2), nullableLong(rs, 3), nullableLong(rs, 4),
                nullableLong(rs, 5));
    }

    private static @Nullable Long nullableLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
