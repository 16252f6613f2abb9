package dev.allot.gathering.internal;

import dev.allot.gathering.Reputation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ratings after events (gathering_rating): one per rater, rated person and event (gathering_one_rating). */
@Repository
class RatingRepository {

    static final List<String> ONE_PER_PAIR = List.of("gathering_one_rating",
            "gathering_rating.gathering_id, gathering_rating.rater_id, gathering_rating.rated_id");

    private static final String COLUMNS = "id, gathering_id, rater_id, rated_id, role, score, comment, created_at, updated_at";

    record Row(long id, long gatheringId, long raterId, long ratedId, boolean ofHost, int score, @Nullable String comment,
            long createdAt, long updatedAt) {}

    private final JdbcClient jdbc;

    RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long gatheringId, long raterId, long ratedId, boolean ofHost, int score, @Nullable String comment, long now) {
        return jdbc.sql("""
                        insert into gathering_rating (gathering_id, rater_id, rated_id, role, score, comment, created_at,
                                                      updated_at)
                        values (:g, :rater, :rated, :role, :score, :comment, :now, :now)
                        returning id
                        """)
                .param("g", gatheringId)
                .param("rater", raterId)
                .param("rated", ratedId)
                .param("role", ofHost ? "HOST" : "GUEST")
                .param("score", score)
                .param("comment", comment)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    boolean update(long id, long raterId, int score, @Nullable String comment, long now) {
        return jdbc.sql("""
                        update gathering_rating set score = :score, comment = :comment, updated_at = :now
                         where id = :id and rater_id = :rater
                        """)
                .param("id", id)
                .param("rater", raterId)
                .param("score", score)
                .param("comment", comment)
                .param("now", now)
                .update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from gathering_rating where id = :id").param("id", id).update();
    }

    Optional<Row> find(long gatheringId, long id) {
        return jdbc.sql("select " + COLUMNS + " from gathering_rating where id = :id and gathering_id = :g")
                .param("id", id)
                .param("g", gatheringId)
                .query(RatingRepository::map)
                .optional();
    }

    List<Row> of(long gatheringId) {
        return jdbc.sql("select " + COLUMNS + " from gathering_rating where gathering_id = :g order by id")
                .param("g", gatheringId)
                .query(RatingRepository::map)
                .list();
    }

    /** Each person's mean score and count in one part (gathering_rating_by_rated). */
    Map<Long, Reputation> reputations(Collection<Long> people, boolean asHost) {
        Map<Long, Reputation> found = new HashMap<>();
        if (people.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select rated_id, avg(score) as average, count(*) as n from gathering_rating
                         where rated_id in (:people) and role = :role
                         group by rated_id
                        """)
                .param("people", List.copyOf(people))
                .param("role", asHost ? "HOST" : "GUEST")
                .query((rs, n) -> found.put(rs.getLong("rated_id"),
                        new Reputation(Math.round(rs.getDouble("average") * 10) / 10.0, rs.getInt("n"))))
                .list();
        return found;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("gathering_id"), rs.getLong("rater_id"), rs.getLong("rated_id"),
                "HOST".equals(rs.getString("role")), rs.getInt("score"), rs.getString("comment"), rs.getLong("created_at"),
                rs.getLong("updated_at"));
    }
}
