package dev.allot.gathering.internal;

import dev.allot.gathering.ParticipationState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The gathering_participant table: one row per person and event (gathering_one_participation), moved
 * from state to state by conditional updates only, so that two answers never both take effect. A row
 * that holds (accepted at an event not cancelled) is guarded against overlapping another that holds:
 * the exclusion constraint gathering_no_overlap on PostgreSQL, the triggers of that name on SQLite.
 */
@Repository
class ParticipantRepository {

    static final String ONE_PER_EVENT = "gathering_one_participation";
    static final String NO_OVERLAP = "gathering_no_overlap";
    /** The longest event (the check gathering_times): the lower bound of the overlap search. */
    static final long LONGEST_MILLIS = 14L * 24 * 60 * 60 * 1000;

    private static final String COLUMNS = """
            id, gathering_id, person_id, role, state, starts_at, ends_at, holds, invited_by, created_at, updated_at""";

    record Row(long id, long gatheringId, long personId, boolean host, ParticipationState state, long startsAt,
            long endsAt, boolean holds, @Nullable Long invitedBy, long createdAt, long updatedAt) {}

    private final JdbcClient jdbc;

    ParticipantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long gatheringId, long personId, boolean host, ParticipationState state, long startsAt, long endsAt,
            @Nullable Long invitedBy, long now) {
        jdbc.sql("""
                        insert into gathering_participant (gathering_id, person_id, role, state, starts_at, ends_at,
                                                           holds, invited_by, created_at, updated_at)
                        values (:gatheringId, :personId, :role, :state, :startsAt, :endsAt, :holds, :invitedBy,
                                :now, :now)
                        """)
                .param("gatheringId", gatheringId)
                .param("personId", personId)
                .param("role", host ? "HOST" : "GUEST")
                .param("state", state.name())
                .param("startsAt", startsAt)
                .param("endsAt", endsAt)
                .param("holds", state == ParticipationState.ACCEPTED)
                .param("invitedBy", invitedBy)
                .param("now", now)
                .update();
    }

    Optional<Row> find(long gatheringId, long personId) {
        return jdbc.sql("select " + COLUMNS + " from gathering_participant where gathering_id = :g and person_id = :p")
                .param("g", gatheringId)
                .param("p", personId)
                .query(ParticipantRepository::map)
                .optional();
    }

    /**
     * Moves a guest's row from one of {@code from} to {@code to}, holding (guarded against overlap) when
     * {@code to} is ACCEPTED; false when it was in none of them by the time the update ran.
     */
    boolean move(long gatheringId, long personId, Collection<ParticipationState> from, ParticipationState to,
            @Nullable Long invitedBy, long now) {
        return jdbc.sql("""
                        update gathering_participant
                           set state = :to, holds = :holds, invited_by = coalesce(:invitedBy, invited_by),
                               updated_at = :now
                         where gathering_id = :g and person_id = :p and role = 'GUEST' and state in (:from)
                        """)
                .param("g", gatheringId)
                .param("p", personId)
                .param("from", from.stream().map(Enum::name).toList())
                .param("to", to.name())
                .param("holds", to == ParticipationState.ACCEPTED)
                .param("invitedBy", invitedBy)
                .param("now", now)
                .update() == 1;
    }

    /** A cancelled event holds nobody: its people are free for other events at that time. */
    void releaseAll(long gatheringId, long now) {
        jdbc.sql("update gathering_participant set holds = false, updated_at = :now where gathering_id = :g and holds")
                .param("g", gatheringId)
                .param("now", now)
                .update();
    }

    /** New times for everyone at the event (the overlap guard checks the rows that hold). */
    void retime(long gatheringId, long startsAt, long endsAt, long now) {
        jdbc.sql("""
                        update gathering_participant set starts_at = :startsAt, ends_at = :endsAt, updated_at = :now
                         where gathering_id = :g
                        """)
                .param("g", gatheringId)
                .param("startsAt", startsAt)
                .param("endsAt", endsAt)
                .param("now", now)
                .update();
    }

    /** Everyone at the event in {@code states}, the host first, then by when they came. */
    List<Row> of(long gatheringId, Collection<ParticipationState> states) {
        return jdbc.sql("select " + COLUMNS + """
                         from gathering_participant
                        where gathering_id = :g and state in (:states)
                        order by case role when 'HOST' then 0 else 1 end, id
                        """)
                .param("g", gatheringId)
                .param("states", states.stream().map(Enum::name).toList())
                .query(ParticipantRepository::map)
                .list();
    }

    /**
     * The event of another row of {@code personId} that holds and overlaps [startsAt, endsAt), read between
     * two keys of gathering_participant_by_person.
     */
    Optional<Long> overlapping(long personId, long startsAt, long endsAt, long exceptGathering) {
        return jdbc.sql("""
                        select gathering_id from gathering_participant
                         where person_id = :p and holds = true and gathering_id <> :except
                           and starts_at > :from and starts_at < :endsAt and ends_at > :startsAt
                         order by starts_at
                         limit 1
                        """)
                .param("p", personId)
                .param("except", exceptGathering)
                .param("from", startsAt - LONGEST_MILLIS)
                .param("startsAt", startsAt)
                .param("endsAt", endsAt)
                .query(Long.class)
                .optional();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("gathering_id"), rs.getLong("person_id"),
                "HOST".equals(rs.getString("role")), ParticipationState.valueOf(rs.getString("state")),
                rs.getLong("starts_at"), rs.getLong("ends_at"), rs.getBoolean("holds"),
                GatheringRepository.nullableLong(rs, "invited_by"), rs.getLong("created_at"), rs.getLong("updated_at"));
    }
}
