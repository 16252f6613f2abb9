package dev.allot.gathering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An event's chat (gathering_message), read after a message id (gathering_message_by_gathering). */
@Repository
class MessageRepository {

    private static final String COLUMNS = "id, gathering_id, author_id, text, created_at, edited_at";
    /** The most one read returns: a page polls again from the last one it has. */
    static final int BATCH = 200;

    record Row(long id, long gatheringId, long authorId, String text, long createdAt, @Nullable Long editedAt) {}

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long gatheringId, long authorId, String text, long now) {
        return jdbc.sql("""
                        insert into gathering_message (gathering_id, author_id, text, created_at)
                        values (:g, :author, :text, :now) returning id
                        """)
                .param("g", gatheringId)
                .param("author", authorId)
                .param("text", text)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    boolean edit(long gatheringId, long id, long authorId, String text, long now) {
        return jdbc.sql("""
                        update gathering_message set text = :text, edited_at = :now
                         where id = :id and gathering_id = :g and author_id = :author
                        """)
                .param("id", id)
                .param("g", gatheringId)
                .param("author", authorId)
                .param("text", text)
                .param("now", now)
                .update() == 1;
    }

    void delete(long gatheringId, long id) {
        jdbc.sql("delete from gathering_message where id = :id and gathering_id = :g")
                .param("id", id)
                .param("g", gatheringId)
                .update();
    }

    Optional<Row> find(long gatheringId, long id) {
        return jdbc.sql("select " + COLUMNS + " from gathering_message where id = :id and gathering_id = :g")
                .param("id", id)
                .param("g", gatheringId)
                .query(MessageRepository::map)
                .optional();
    }

    /** The latest {@link #BATCH} after {@code afterId}, oldest first. */
    List<Row> after(long gatheringId, long afterId) {
        return jdbc.sql("select * from (select " + COLUMNS + """
                         from gathering_message
                        where gathering_id = :g and id > :after
                        order by id desc
                        limit :limit) latest
                        order by id
                        """)
                .param("g", gatheringId)
                .param("after", afterId)
                .param("limit", BATCH)
                .query(MessageRepository::map)
                .list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("gathering_id"), rs.getLong("author_id"), rs.getString("text"),
                rs.getLong("created_at"), GatheringRepository.nullableLong(rs, "edited_at"));
    }
}
