package dev.allot.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The series of bookings (V28); their occurrences are booking rows naming them. */
@Repository
class SeriesRepository {

    record SeriesRow(long id, long resourceId, long userId, String rule, LocalDate firstDay, LocalTime startTime,
            LocalTime endTime, long createdAt) {}

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long resourceId, long userId, String rule, LocalDate firstDay, LocalTime startTime, LocalTime endTime,
            long now) {
        return jdbc.sql("""
                        insert into booking_series (resource_id, user_id, rule, first_day, start_time, end_time, created_at)
                        values (:resourceId, :userId, :rule, :firstDay, :startTime, :endTime, :now)
                        returning id
                        """)
                .param("resourceId", resourceId).param("userId", userId).param("rule", rule)
                .param("firstDay", firstDay.toString()).param("startTime", startTime.toString())
                .param("endTime", endTime.toString()).param("now", now)
                .query(Long.class).single();
    }

    Optional<SeriesRow> find(long id) {
        return jdbc.sql("""
                        select id, resource_id, user_id, rule, first_day, start_time, end_time, created_at
                        from booking_series where id = :id""")
                .param("id", id)
                .query(SeriesRepository::map)
                .optional();
    }

    /** The series' times of day from now on: a change of all its occurrences that are still to come. */
    void setTimes(long id, LocalTime startTime, LocalTime endTime) {
        jdbc.sql("update booking_series set start_time = :start, end_time = :end where id = :id")
                .param("start", startTime.toString()).param("end", endTime.toString()).param("id", id).update();
    }

    /** The series' rule, cut short where a change split it. */
    void setRule(long id, String rule) {
        jdbc.sql("update booking_series set rule = :rule where id = :id").param("rule", rule).param("id", id).update();
    }

    /** The series of the given ids. */
    List<SeriesRow> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, resource_id, user_id, rule, first_day, start_time, end_time, created_at
                        from booking_series where id in (:ids)""")
                .param("ids", ids)
                .query(SeriesRepository::map)
                .list();
    }

    private static SeriesRow map(ResultSet rs, int row) throws SQLException {
        return new SeriesRow(rs.getLong("id"), rs.getLong("resource_id"), rs.getLong("user_id"), rs.getString("rule"),
                LocalDate.parse(rs.getString("first_day")), LocalTime.parse(rs.getString("start_time")),
                LocalTime.parse(rs.getString("end_time")), rs.getLong("created_at"));
    }
}
