package dev.allot.demo.internal;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single row that says a demo office was started here (table demo_office, V11). */
@Repository
class DemoClaimRepository {

    private final JdbcClient jdbc;

    DemoClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when a demo office was claimed before: the primary key allows one row. */
    boolean claim(long seed, long now) {
        try {
            jdbc.sql("insert into demo_office (id, seed, started_at) values (1, :seed, :now)")
                    .param("seed", seed).param("now", now).update();
            return true;
        } catch (DuplicateKeyException claimedBefore) {
            return false;
        }
    }

    Optional<Long> startedAt() {
        return jdbc.sql("select started_at from demo_office where id = 1").query(Long.class).optional();
    }

    void finish(long now) {
        jdbc.sql("update demo_office set finished_at = :now where id = 1").param("now", now).update();
    }

    /** Gives the claim back after a run that failed before it stored anything. */
    void release() {
        jdbc.sql("delete from demo_office where id = 1").update();
    }
}
