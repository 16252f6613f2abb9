package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.allot.booking.BookingQuery;
import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every overlap check reads a range of the index bounded on both sides, so it costs the same whether a
 * resource has ten bookings or a hundred thousand (ADR 25); and the bound, the longest booking the
 * resource ever had, never hides a long booking.
 */
class BookingSpanIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";
    private static final long FROM = 1_500 * 1_800_000L; // in the middle of the history below
    private static final long TO = FROM + 3_600_000L;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SqlFreeTimeFilter freeTime;

    @Test
    void the_guard_of_sqlite_reads_the_index_between_two_keys() {
        assumeFalse(onPostgres(), "PostgreSQL's guard is the exclusion constraint's GiST index");
        for (String trigger : List.of("booking_no_overlap_on_insert", "booking_no_overlap_on_update")) {
            String body = jdbc.sql("select sql from sqlite_master where type = 'trigger' and name = :name")
                    .param("name", trigger).query(String.class).single();
            // the trigger's probe, "select 1 from booking b where ...", with new.* as literals
            String probe = body.substring(body.indexOf("select 1"), body.lastIndexOf(");"))
                    .replace("new.resource_id", "1").replace("new.starts_at", String.valueOf(FROM))
                    .replace("new.ends_at", String.valueOf(TO)).replace("new.id", "0");

            List<String> plan = jdbc.sql("explain query plan " + probe).query((rs, row) -> rs.getString("detail")).list();

            assertThat(plan).as(trigger + ": " + plan).anyMatch(step ->
                    step.matches("SEARCH b USING (COVERING )?INDEX \\w+ \\(resource_id=\\? AND starts_at>\\? AND starts_at<\\?\\)"));
        }
    }

    @Test
    void the_overlap_reads_use_both_bounds_on_either_database() {
        User member = member();
        long site = site(ZONE);
        long room = resource(site, "ROOM", 4);
        Map<String, Object> oneResource = Map.of("resourceId", room, "startsAt", FROM, "endsAt", TO, "exceptId", 0L,
                "from", FROM, "to", TO);
        Map<String, Object> mine = new HashMap<>();
        String mineSql = "select id from booking" + BookingRepository.where(new BookingQuery(new UserId(member.id()),
                null, null, Instant.ofEpochMilli(FROM), null, Set.of()), mine);
        Map<String, Object> theRoom = new HashMap<>();
        String theRoomSql = "select id from booking" + BookingRepository.where(new BookingQuery(null,
                new ResourceId(room), null, Instant.ofEpochMilli(FROM), Instant.ofEpochMilli(TO), Set.of()), theRoom);

        List<String> failures = withHistory(room, member, () -> List.of(
                plan("the 409's booking in the way", BookingRepository.FIRST_OVERLAPPING, oneResource, true),
                plan("a desk booked between", DeskRepository.BOOKED_BETWEEN, oneResource, true),
                plan("times of some resources", BookingRepository.ACTIVE_TIMES,
                        Map.of("ids", List.of(room, room + 1), "from", FROM, "to", TO), true),
                plan("free desks of a site", DeskRepository.FREE_DESKS,
                        Map.of("siteId", site, "day", "2026-01-01", "from", FROM, "to", TO, "active", true), true),
                onPostgres() ? "" // on PostgreSQL the search anti-joins through the GiST index
                        : plan("free resources", "select r.id from resource r where r.active = :active and "
                                + freeTime.freeDuring("r.id"), Map.of("active", true, "freeFrom", FROM, "freeTo", TO), true),
                plan("a person's bookings from now on", mineSql, mine, false),
                plan("a resource's bookings in a period", theRoomSql, theRoom, true)));

        assertThat(String.join("\n\n", failures).strip()).isEmpty();
    }

    @Test
    void a_long_booking_is_found_by_every_check_of_its_resource() {
        User member = member();
        long kit = resource(site(ZONE), "EQUIPMENT", 1);
        OffsetDateTime start = at(ZONE, 2, 9, 0);
        Api.Response week = as(member).post("/api/v1/bookings", booking(kit, start, start.plusDays(5)));
        assertThat(week.status()).as(week.toString()).isEqualTo(201);

        Api.Response inTheMiddle = as(member).post("/api/v1/bookings",
                booking(kit, start.plusDays(4), start.plusDays(4).plusHours(1)));
        Api.Response searchInTheMiddle = as(member).get("/api/v1/resources?kind=EQUIPMENT&freeFrom="
                + enc(start.plusDays(4)) + "&freeTo=" + enc(start.plusDays(4).plusHours(1)) + "&size=200");
        Api.Response searchAfter = as(member).get("/api/v1/resources?kind=EQUIPMENT&freeFrom="
                + enc(start.plusDays(5)) + "&freeTo=" + enc(start.plusDays(5).plusHours(1)) + "&size=200");
        long longest = jdbc.sql("select longest from booking_span where resource_id = :id").param("id", kit)
                .query(Long.class).single();

        assertThat(inTheMiddle.status()).isEqualTo(409);
        assertThat(OffsetDateTime.parse(inTheMiddle.json().get("conflict").get("startsAt").asString()).toInstant())
                .isEqualTo(start.toInstant());
        assertThat(ids(searchInTheMiddle)).doesNotContain(kit);
        assertThat(ids(searchAfter)).contains(kit);
        assertThat(longest).isEqualTo(5 * 86_400_000L);
        long middle = start.plusDays(4).toInstant().toEpochMilli();
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into booking (resource_id, user_id, title, attendees, starts_at, ends_at, status,
                                             created_at, updated_at)
                        values (:kit, :user, 'Behind the API', 1, :starts, :ends, 'CONFIRMED', 0, 0)
                        """)
                .param("kit", kit).param("user", member.id()).param("starts", middle).param("ends", middle + 3_600_000)
                .update()).isInstanceOf(DataAccessException.class);
    }

    /**
     * Runs {@code plans} with 3,000 bookings of history on the room, analysed, so that the planner
     * meets a resource with history rather than an empty table; rolls it all back.
     */
    private List<String> withHistory(long room, User member, java.util.function.Supplier<List<String>> plans) {
        return transactions.execute(status -> {
            String series = onPostgres() ? "select generate_series(0::bigint, 2999) as k"
                    : "with recursive n(k) as (select 0 union all select k + 1 from n where k < 2999) select k from n";
            jdbc.sql("insert into booking (resource_id, user_id, title, attendees, starts_at, ends_at, status, "
                            + "created_at, updated_at) select :room, :user, 'History', 1, k * 1800000, k * 1800000 + 1800000, "
                            + "'CONFIRMED', 0, 0 from (" + series + ") h")
                    .param("room", room).param("user", member.id()).update();
            jdbc.sql("analyze").update();
            List<String> failures = plans.get();
            status.setRollbackOnly();
            return failures;
        });
    }

    /** An empty string when the plan of {@code sql} reads the bookings with a lower (and upper) bound on starts_at. */
    private String plan(String what, String sql, Map<String, Object> params, boolean above) {
        List<String> plan = onPostgres()
                ? jdbc.sql("explain " + sql).params(params).query((rs, row) -> rs.getString(1)).list()
                : jdbc.sql("explain query plan " + sql).params(params).query((rs, row) -> rs.getString("detail")).list();
        String lower = onPostgres() ? "Index Cond: .*starts_at > .*" : "SEARCH .*booking.*starts_at>\\?.*";
        String both = onPostgres() ? "Index Cond: .*(starts_at < .*starts_at > |starts_at > .*starts_at < ).*"
                : "SEARCH .*booking.*starts_at>\\? AND starts_at<\\?.*";
        return plan.stream().anyMatch(step -> step.strip().matches(above ? both : lower)) ? ""
                : what + ":\n" + String.join("\n", plan);
    }

    private static String enc(OffsetDateTime time) {
        return java.net.URLEncoder.encode(time.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<Long> ids(Api.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
