package dev.allot.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.allot.testing.AllotIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SQLite's guard against a person at two overlapping events reads the person's index between two keys
 * (no event is longer than 14 days), so its cost does not grow with how many events they went to.
 */
class GatheringGuardPlanIT extends AllotIntegrationTest {

    private static final long FROM = 1_800_000_000_000L;
    private static final long TO = FROM + 7_200_000L;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_overlap_guard_of_sqlite_reads_the_persons_index_between_two_keys() {
        assumeFalse(onPostgres(), "PostgreSQL's guard is the exclusion constraint's GiST index");
        for (String trigger : List.of("gathering_no_overlap_on_insert", "gathering_no_overlap_on_update")) {
            String body = jdbc.sql("select sql from sqlite_master where type = 'trigger' and name = :name")
                    .param("name", trigger).query(String.class).single();
            String probe = body.substring(body.indexOf("select 1"), body.lastIndexOf(");"))
                    .replace("new.person_id", "1").replace("new.starts_at", String.valueOf(FROM))
                    .replace("new.ends_at", String.valueOf(TO)).replace("new.id", "0");

            List<String> plan = jdbc.sql("explain query plan " + probe).query((rs, row) -> rs.getString("detail")).list();

            assertThat(plan).as(trigger + ": " + plan).anyMatch(step -> step.matches(
                    "SEARCH p USING (COVERING )?INDEX gathering_participant_by_person \\(person_id=\\? AND starts_at>\\? AND starts_at<\\?\\)"));
        }
    }
}
