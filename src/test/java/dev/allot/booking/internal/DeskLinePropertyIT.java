package dev.allot.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookDeskDay;
import dev.allot.booking.BookingId;
import dev.allot.booking.Bookings;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.Desks;
import dev.allot.booking.JoinPresence;
import dev.allot.booking.PresenceId;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Gen;
import dev.allot.testing.PropertyRuns;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random sequences of book / cancel / join / accept / decline / expire / fixed-desk release over three
 * desks, four people and two days; after every step the database must show: no desk with two active
 * bookings on a day, nobody with two desks on a day, offers made in the order people joined, and nobody
 * waiting without an offer while a desk is free and unheld.
 */
class DeskLinePropertyIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";
    private static final int DESKS = 3;
    private static final int PEOPLE = 4;

    enum Kind { BOOK, CANCEL, JOIN, ACCEPT, DECLINE, EXPIRE, RELEASE, LEAVE }

    record Op(Kind kind, int person, int desk, int day) {}

    @Autowired
    Desks desks;

    @Autowired
    Bookings bookings;

    @Autowired
    Identity identity;

    @Autowired
    DeskLine line;

    @Autowired
    DeskRepository deskRepository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void random_sequences_keep_every_desk_day_invariant() {
        PropertyRuns.forAll(8, gen -> gen.list(15, 30, DeskLinePropertyIT::op), this::run);
    }

    private static Op op(Gen gen) {
        Kind kind = gen.frequency(Gen.weighted(5, g -> Kind.BOOK), Gen.weighted(4, g -> Kind.CANCEL),
                Gen.weighted(5, g -> Kind.JOIN), Gen.weighted(3, g -> Kind.ACCEPT), Gen.weighted(2, g -> Kind.DECLINE),
                Gen.weighted(2, g -> Kind.EXPIRE), Gen.weighted(1, g -> Kind.RELEASE), Gen.weighted(1, g -> Kind.LEAVE));
        return new Op(kind, gen.between(0, PEOPLE - 1), gen.between(0, DESKS - 1), gen.between(1, 2));
    }

    private void run(List<Op> ops) {
        clock().reset();
        long site = site(ZONE);
        List<Long> deskIds = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            deskIds.add(resource(site, "DESK", 1));
        }
        List<CurrentUser> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(identity.currentUser(new UserId(member().id())).orElseThrow());
        }
        CurrentUser admin = identity.currentUser(new UserId(admin().id())).orElseThrow();
        // desk 0 is person 0's fixed desk
        desks.assignFixedDesk(new ResourceId(deskIds.getFirst()), people.getFirst().id(), admin);
        Map<String, List<Long>> offeredInOrder = new HashMap<>();
        LocalDate today = LocalDate.now(clock().withZone(ZoneId.of(ZONE)));
        try {
            for (Op op : ops) {
                step(op, site, deskIds, people, today.plusDays(op.day()));
                check(site, today, offeredInOrder);
            }
        } finally {
            clock().reset();
        }
    }

    private void step(Op op, long site, List<Long> deskIds, List<CurrentUser> people, LocalDate day) {
        CurrentUser person = people.get(op.person());
        try {
            switch (op.kind()) {
                case BOOK -> desks.bookDay(new BookDeskDay(new ResourceId(deskIds.get(op.desk())), day, null, null),
                        person);
                case CANCEL -> firstLong("""
                        select id from booking where user_id = :user and day = :day and status in ('PENDING', 'CONFIRMED')
                        """, person, day).ifPresent(id -> bookings.cancel(new CancelBooking(new BookingId(id), null),
                        person));
                case JOIN -> desks.join(new JoinPresence(new SiteId(site), day, null, null), person);
                case ACCEPT -> offered(person, day).ifPresent(id -> desks.accept(new PresenceId(id), person));
                case DECLINE -> offered(person, day).ifPresent(id -> desks.decline(new PresenceId(id), person));
                case LEAVE -> firstLong("""
                        select id from presence where user_id = :user and day = :day
                           and status in ('WAITING', 'OFFERED', 'PRESENT')
                        """, person, day).ifPresent(id -> desks.cancel(new PresenceId(id), person));
                case EXPIRE -> jdbc.sql("""
                                select id, offer_expires_at from presence
                                 where site_id = :site and status = 'OFFERED' order by id limit 1
                                """)
                        .param("site", site)
                        .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .optional()
                        .ifPresent(offer -> {
                            Instant due = Instant.ofEpochMilli(offer[1]);
                            if (clock().instant().isBefore(due)) {
                                clock().set(due);
                            }
                            assertThat(line.expire(offer[0])).isTrue();
                            assertThat(line.expire(offer[0])).as("an expiry acts once").isFalse();
                        });
                case RELEASE -> desks.releaseFixedDesk(new ResourceId(deskIds.getFirst()), day, people.getFirst());
            }
        } catch (ProblemException refused) {
            assertThat(refused.status().value()).as(refused.getMessage()).isIn(403, 409, 422);
        }
    }

    private java.util.Optional<Long> offered(CurrentUser person, LocalDate day) {
        return firstLong("select id from presence where user_id = :user and day = :day and status = 'OFFERED'",
                person, day);
    }

    private java.util.Optional<Long> firstLong(String sql, CurrentUser person, LocalDate day) {
        return jdbc.sql(sql + " order by id limit 1")
                .param("user", person.id().value())
                .param("day", day.toString())
                .query(Long.class)
                .optional();
    }

    private void check(long site, LocalDate today, Map<String, List<Long>> offeredInOrder) {
        assertThat(jdbc.sql("""
                        select count(*) from (select resource_id, day from booking
                          where day is not null and status in ('PENDING', 'CONFIRMED')
                          group by resource_id, day having count(*) > 1) twice
                        """).query(Long.class).single())
                .as("a desk with two active bookings on one day").isZero();
        assertThat(jdbc.sql("""
                        select count(*) from (select user_id, day from booking
                          where day is not null and guest_name is null and status in ('PENDING', 'CONFIRMED')
                          group by user_id, day having count(*) > 1) twice
                        """).query(Long.class).single())
                .as("a person with two desks on one day").isZero();
        assertThat(jdbc.sql("""
                        select count(*) from presence p
                         where p.site_id = :site and p.status = 'OFFERED'
                           and not exists (select 1 from desk_claim c where c.presence_id = p.id)
                        """).param("site", site).query(Long.class).single())
                .as("an offer without its hold").isZero();
        for (int ahead = 1; ahead <= 2; ahead++) {
            String day = today.plusDays(ahead).toString();
            List<Long> waiting = ids("select id from presence where site_id = :site and day = :day and status = 'WAITING'",
                    site, day);
            List<Long> offered = ids("select id from presence where site_id = :site and day = :day and status = 'OFFERED'",
                    site, day);
            if (!waiting.isEmpty() && !offered.isEmpty()) {
                assertThat(waiting.stream().mapToLong(Long::longValue).min().orElseThrow())
                        .as("someone who joined earlier is still waiting while a later one has an offer")
                        .isGreaterThan(offered.stream().mapToLong(Long::longValue).max().orElseThrow());
            }
            List<Long> seen = offeredInOrder.computeIfAbsent(day, d -> new ArrayList<>());
            for (long id : ids("""
                    select id from presence where site_id = :site and day = :day and offered_resource_id is not null
                     order by id
                    """, site, day)) {
                if (!seen.contains(id)) {
                    assertThat(seen).as("offers go in the order of joining").allMatch(earlier -> earlier < id);
                    seen.add(id);
                }
            }
            LocalDate date = LocalDate.parse(day);
            Instant end = date.plusDays(1).atStartOfDay(ZoneId.of(ZONE)).toInstant();
            if (!waiting.isEmpty() && clock().instant().isBefore(end)) {
                List<Long> free = deskRepository.freeDesks(site, day,
                        date.atStartOfDay(ZoneId.of(ZONE)).toInstant().toEpochMilli(), end.toEpochMilli());
                assertThat(free).as("someone waits on " + day + " while a desk is free").isEmpty();
            }
        }
    }

    private List<Long> ids(String sql, long site, String day) {
        return jdbc.sql(sql).param("site", site).param("day", day).query(Long.class).list();
    }
}
