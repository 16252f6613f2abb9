package dev.allot.booking.internal;

import dev.allot.platform.DatabaseVendor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** booking_outbox and its pending rows (V22, ADR 26). */
@Repository
class BookingOutboxRepository {

    /** An event stored for a consumer. */
    record Pending(long id, String type, String body, int attempts) {}

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    BookingOutboxRepository(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    long store(String type, String body, long now, Collection<String> consumers) {
        long id = jdbc.sql("insert into booking_outbox (type, body, created_at) values (:type, :body, :now) returning id")
                .param("type", type).param("body", body).param("now", now)
                .query(Long.class).single();
        // one statement for all consumers: a round trip each would be most of what the event costs
        List<String> names = List.copyOf(consumers);
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        for (int i = 0; i < names.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:c").append(i).append(", :id)");
            params.put("c" + i, names.get(i));
        }
        jdbc.sql("insert into booking_outbox_pending (consumer, event_id) values " + values).params(params).update();
        return id;
    }

    /**
     * Whether this transaction may work on the consumer's events: on PostgreSQL one node at a time, by a
     * transaction-scoped advisory lock (the others skip); SQLite has one writer anyway.
     */
    boolean claim(String consumer) {
        if (vendor != DatabaseVendor.POSTGRESQL) {
            return true;
        }
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(45069, hashtext(:consumer))")
                .param("consumer", consumer).query(Boolean.class).single());
    }

    /** The consumer's oldest events not set aside. */
    List<Pending> pending(String consumer, int limit) {
        return jdbc.sql("""
                        select o.id, o.type, o.body, p.attempts from booking_outbox_pending p
                          join booking_outbox o on o.id = p.event_id
                         where p.consumer = :consumer and p.failed_at is null
                         order by p.event_id
                         limit :limit
                        """)
                .param("consumer", consumer).param("limit", limit)
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** Marks the events handled by the consumer, and drops the events nobody waits for any more. */
    void done(String consumer, List<Long> ids) {
        for (int start = 0; start < ids.size(); start += 500) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 500));
            jdbc.sql("delete from booking_outbox_pending where consumer = :consumer and event_id in (:ids)")
                    .param("consumer", consumer).param("ids", chunk).update();
            jdbc.sql("""
                            delete from booking_outbox
                             where id in (:ids)
                               and not exists (select 1 from booking_outbox_pending p where p.event_id = booking_outbox.id)
                            """)
                    .param("ids", chunk).update();
        }
    }

    /** One more failure of an event for a consumer; set aside at {@code attempts}. */
    void failed(String consumer, long id, int attempts, long now) {
        jdbc.sql("""
                        update booking_outbox_pending
                           set attempts = attempts + 1, failed_at = case when attempts + 1 >= :attempts then :now end
                         where consumer = :consumer and event_id = :id
                        """)
                .param("attempts", attempts).param("now", now).param("consumer", consumer).param("id", id)
                .update();
    }

    /** Whether some consumer has an event still to handle (set-aside ones do not count). */
    boolean anyWaiting() {
        return !jdbc.sql("select 1 from booking_outbox_pending where failed_at is null limit 1")
                .query(Integer.class).list().isEmpty();
    }

    /** Events whose consumers are all done but that a race left behind (two consumers finishing at once). */
    int dropHandled(long before) {
        return jdbc.sql("""
                        delete from booking_outbox
                         where created_at < :before
                           and not exists (select 1 from booking_outbox_pending p where p.event_id = booking_outbox.id)
                        """)
                .param("before", before).update();
    }
}
