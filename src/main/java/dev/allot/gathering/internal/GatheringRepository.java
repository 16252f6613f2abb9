package dev.allot.gathering.internal;

import dev.allot.gathering.GatheringQuery;
import dev.allot.gathering.Privacy;
import dev.allot.platform.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The gathering table, read always for one viewer: what they may see (privacy) and their own standing.
 * The seats move only by {@link #takeSeat} and {@link #releaseSeat}, conditional updates that the check
 * gathering_seats_not_oversold backs.
 */
@Repository
class GatheringRepository {

    static final String SEATS_CHECK = "gathering_seats_not_oversold";
    static final String CODE_KEY = "gathering_code";

    /** A gathering the viewer (:viewer) may see: public, theirs, one they have a standing at, or a followed host's. */
    private static final String VISIBLE = """
            (g.privacy = 'PUBLIC'
             or g.host_id = :viewer
             or m.id is not null
             or (g.privacy = 'FOLLOWERS_ONLY'
                 and exists (select 1 from gathering_follow f where f.host_id = g.host_id and f.follower_id = :viewer)))
            """;

    private static final String SELECT = """
            select g.id, g.code, g.host_id, g.title, g.description, g.film_title, g.film_year, g.film_link,
                   g.starts_at, g.ends_at, g.time_zone, g.place, g.room_id, g.booking_id, g.privacy, g.free,
                   g.price_note, g.seats, g.taken, g.state, g.invite_token, g.created_at, g.updated_at,
                   m.state as my_state,
                   (select count(*) from gathering_participant w
                     where w.gathering_id = g.id and w.state = 'REQUESTED') as waiting
              from gathering g
              left join gathering_participant m on m.gathering_id = g.id and m.person_id = :viewer
            """;

    record Row(long id, String code, long hostId, String title, @Nullable String description,
            @Nullable String filmTitle, @Nullable Integer filmYear, @Nullable String filmLink, long startsAt,
            long endsAt, String timeZone, @Nullable String place, @Nullable Long roomId, @Nullable Long bookingId,
            Privacy privacy, boolean free, @Nullable String priceNote, int seats, int taken, String state,
            @Nullable String inviteToken, long createdAt, long updatedAt, @Nullable String myState, int waiting) {

        boolean hostedBy(dev.allot.identity.CurrentUser person) {
            return hostId == person.id().value();
        }
    }

    /** The columns a host sets. */
    record Fields(String title, @Nullable String description, @Nullable String filmTitle, @Nullable Integer filmYear,
            @Nullable String filmLink, long startsAt, long endsAt, String timeZone, @Nullable String place,
            @Nullable Long roomId, @Nullable Long bookingId, Privacy privacy, boolean free, @Nullable String priceNote,
            int seats) {}

    private final JdbcClient jdbc;

    GatheringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String code, @Nullable String inviteToken, long hostId, Fields f, long now) {
        return jdbc.sql("""
                        insert into gathering (code, host_id, title, description, film_title, film_year, film_link,
                                               starts_at, ends_at, time_zone, place, room_id, booking_id, privacy,
                                               free, price_note, seats, taken, state, place_key, film_key,
                                               invite_token, local_day, created_at, updated_at)
                        values (:code, :hostId, :title, :description, :filmTitle, :filmYear, :filmLink, :startsAt,
                                :endsAt, :timeZone, :place, :roomId, :bookingId, :privacy, :free, :priceNote, :seats,
                                0, 'OPEN', :placeKey, :filmKey, :inviteToken, :localDay, :now, :now)
                        returning id
                        """)
                .params(fields(f))
                .param("code", code)
                .param("inviteToken", inviteToken)
                .param("hostId", hostId)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** Writes the host's fields; false when the seats would drop below those taken (gathering_seats_not_oversold). */
    boolean update(long id, Fields f, long now) {
        return jdbc.sql("""
                        update gathering
                           set title = :title, description = :description, film_title = :filmTitle,
                               film_year = :filmYear, film_link = :filmLink, starts_at = :startsAt, ends_at = :endsAt,
                               time_zone = :timeZone, place = :place, room_id = :roomId, booking_id = :bookingId,
                               privacy = :privacy, free = :free, price_note = :priceNote, seats = :seats,
                               place_key = :placeKey, film_key = :filmKey, local_day = :localDay, updated_at = :now
                         where id = :id and taken <= :seats
                        """)
                .params(fields(f))
                .param("id", id)
                .param("now", now)
                .update() == 1;
    }

    /** OPEN ⇄ CLOSED, not for a cancelled event. */
    boolean setState(long id, String from, String to, long now) {
        return jdbc.sql("update gathering set state = :to, updated_at = :now where id = :id and state = :from")
                .param("id", id)
                .param("from", from)
                .param("to", to)
                .param("now", now)
                .update() == 1;
    }

    /** One seat taken, if one is left at an event not cancelled that has not started. */
    boolean takeSeat(long id, long now) {
        return jdbc.sql("""
                        update gathering set taken = taken + 1, updated_at = :now
                         where id = :id and taken < seats and state <> 'CANCELLED' and starts_at > :now
                        """)
                .param("id", id)
                .param("now", now)
                .update() == 1;
    }

    /** A guest of an event brought in as it was (it is over: {@link #takeSeat} would refuse). */
    void takeSeatOfThePast(long id) {
        jdbc.sql("update gathering set taken = taken + 1 where id = :id and taken < seats").param("id", id).update();
    }

    void releaseSeat(long id, long now) {
        jdbc.sql("update gathering set taken = taken - 1, updated_at = :now where id = :id and taken > 0")
                .param("id", id)
                .param("now", now)
                .update();
    }

    /** The gathering whoever may see it, as no one in particular sees it (for the module's own work). */
    Optional<Row> any(long id) {
        return jdbc.sql(SELECT + " where g.id = :id")
                .param("id", id)
                .param("viewer", -1L)
                .query(GatheringRepository::map)
                .optional();
    }

    /** The gathering if the viewer may see it. */
    Optional<Row> visible(long id, long viewer) {
        return jdbc.sql(SELECT + " where g.id = :id and " + VISIBLE)
                .param("id", id)
                .param("viewer", viewer)
                .query(GatheringRepository::map)
                .optional();
    }

    /** The gathering its invitation link opens, whoever the viewer: the token is the permission. */
    Optional<Row> byInvitation(String code, String token, long viewer) {
        return jdbc.sql(SELECT + " where g.code = :code and g.invite_token = :token")
                .param("code", code)
                .param("token", token)
                .param("viewer", viewer)
                .query(GatheringRepository::map)
                .optional();
    }

    Optional<Row> visibleByCode(String code, long viewer) {
        return jdbc.sql(SELECT + " where g.code = :code and " + VISIBLE)
                .param("code", code)
                .param("viewer", viewer)
                .query(GatheringRepository::map)
                .optional();
    }

    List<Row> list(GatheringQuery query, PageRequest page, long viewer, long now) {
        Where where = where(query, viewer, now);
        return where.bind(jdbc.sql(SELECT + " where " + where.sql + " order by g.starts_at, g.id limit :limit offset :offset"))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(GatheringRepository::map)
                .list();
    }

    long count(GatheringQuery query, long viewer, long now) {
        Where where = where(query, viewer, now);
        return where.bind(jdbc.sql("""
                        select count(*) from gathering g
                          left join gathering_participant m on m.gathering_id = g.id and m.person_id = :viewer
                         where\s""" + where.sql))
                .query(Long.class)
                .single();
    }

    private record Where(String sql, GatheringQuery query, long viewer, long now) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            statement = statement.param("viewer", viewer).param("now", now);
            if (query.from() != null) {
                statement = statement.param("from", query.from().toEpochMilli());
            }
            if (query.to() != null) {
                statement = statement.param("to", query.to().toEpochMilli());
            }
            if (query.place() != null) {
                statement = statement.param("place", contains(query.place()));
            }
            if (query.film() != null) {
                statement = statement.param("film", contains(query.film()));
            }
            if (query.minHostRating() != null) {
                statement = statement.param("minRating", query.minHostRating());
            }
            if (query.fromDay() != null) {
                statement = statement.param("fromDay", query.fromDay().toString());
            }
            if (query.toDay() != null) {
                statement = statement.param("toDay", query.toDay().toString());
            }
            return statement;
        }
    }

    private static Where where(GatheringQuery query, long viewer, long now) {
        StringBuilder sql = new StringBuilder(VISIBLE);
        sql.append(query.from() == null && query.fromDay() == null ? " and g.ends_at > :now" : "");
        if (query.from() != null) {
            sql.append(" and g.starts_at >= :from");
        }
        if (query.fromDay() != null) {
            sql.append(" and g.local_day >= :fromDay");
        }
        if (query.toDay() != null) {
            sql.append(" and g.local_day <= :toDay");
        }
        if (query.to() != null) {
            sql.append(" and g.starts_at < :to");
        }
        if (query.place() != null) {
            sql.append(" and g.place_key like :place escape '\\'");
        }
        if (query.film() != null) {
            sql.append(" and g.film_key like :film escape '\\'");
        }
        if (query.minHostRating() != null) {
            // gathering_rating_by_rated: the host's ratings as host
            sql.append(" and (select avg(r.score) from gathering_rating r where r.rated_id = g.host_id and r.role = 'HOST')"
                    + " >= :minRating");
        }
        if (query.freeOnly()) {
            sql.append(" and g.free = true");
        }
        if (query.following()) {
            sql.append(" and exists (select 1 from gathering_follow f2 where f2.host_id = g.host_id and f2.follower_id = :viewer)");
        }
        if (query.mine() == GatheringQuery.Mine.HOST) {
            sql.append(" and g.host_id = :viewer");
        } else if (query.mine() == GatheringQuery.Mine.GUEST) {
            sql.append(" and m.role = 'GUEST' and m.state in ('REQUESTED', 'INVITED', 'ACCEPTED')");
        }
        if (!query.includeCancelled() && query.mine() == null) {
            sql.append(" and g.state <> 'CANCELLED'");
        }
        return new Where(sql.toString(), query, viewer, now);
    }

    static @Nullable String key(@Nullable String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static Map<String, @Nullable Object> fields(Fields f) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("title", f.title());
        params.put("description", f.description());
        params.put("filmTitle", f.filmTitle());
        params.put("filmYear", f.filmYear());
        params.put("filmLink", f.filmLink());
        params.put("startsAt", f.startsAt());
        params.put("endsAt", f.endsAt());
        params.put("timeZone", f.timeZone());
        params.put("place", f.place());
        params.put("roomId", f.roomId());
        params.put("bookingId", f.bookingId());
        params.put("privacy", f.privacy().name());
        params.put("free", f.free());
        params.put("priceNote", f.priceNote());
        params.put("seats", f.seats());
        params.put("placeKey", key(f.place()));
        params.put("filmKey", key(f.filmTitle()));
        params.put("localDay", java.time.Instant.ofEpochMilli(f.startsAt()).atZone(java.time.ZoneId.of(f.timeZone()))
                .toLocalDate().toString());
        return params;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getLong("host_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("film_title"), nullableInt(rs, "film_year"),
                rs.getString("film_link"), rs.getLong("starts_at"), rs.getLong("ends_at"), rs.getString("time_zone"),
                rs.getString("place"), nullableLong(rs, "room_id"), nullableLong(rs, "booking_id"),
                Privacy.valueOf(rs.getString("privacy")), rs.getBoolean("free"), rs.getString("price_note"),
                rs.getInt("seats"), rs.getInt("taken"), rs.getString("state"), rs.getString("invite_token"),
                rs.getLong("created_at"),
                rs.getLong("updated_at"), rs.getString("my_state"), rs.getInt("waiting"));
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
