package dev.allot.booking.internal;

import java.time.LocalDate;
import java.time.LocalTime;
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
                .query((rs, row) -> new SeriesRow(rs.getLong("id"), rs.getLong("resource_id"), rs.getLong("user_id"),
                        rs.getString("rule"), LocalDate.parse(rs.getString("first_day")),
                        LocalTime.parse(rs.getString("start_time")), LocalTime.parse(rs.getString("end_time")),
                        rs.getLong("created_at")))
                .optional();
    }
}
