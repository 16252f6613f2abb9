package dev.allot.gathering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Gen;
import dev.allot.testing.PropertyRuns;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random sequences of requests, invitations, answers, withdrawals and cancellations over three events
 * (two of them overlapping) and five people, through the facade on the real database: after every step
 * no event has more accepted guests than seats, its seat count is its accepted guests, and nobody holds
 * two overlapping events.
 */
class SeatsPropertyIT extends AllotIntegrationTest {

    private static final int PEOPLE = 5;

    @Autowired Gatherings gatherings;
    @Autowired Identity identity;
    @Autowired JdbcClient jdbc;

    enum Kind { ASK, INVITE, ACCEPT, REJECT, ACCEPT_INVITATION, DECLINE, WITHDRAW, CANCEL }

    record Step(Kind kind, int event, int person) {}

    @Test
    void accepted_guests_never_exceed_the_seats_and_nobody_holds_two_overlapping_events() {
        PropertyRuns.forAll(12, gen -> gen.list(10, 40, SeatsPropertyIT::step), steps -> {
            List<CurrentUser> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add(user(member()));
            }
            List<CurrentUser> hosts = List.of(user(member()), user(member()), user(member()));
            Instant base = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
            List<GatheringId> events = List.of(
                    publish(hosts.get(0), base, 2, 2),
                    publish(hosts.get(1), base.plus(Duration.ofHours(1)), 2, 1),   // overlaps the first
                    publish(hosts.get(2), base.plus(Duration.ofHours(5)), 1, 3));  // overlaps neither
            for (Step step : steps) {
                GatheringId event = events.get(step.event());
                CurrentUser host = hosts.get(step.event());
                CurrentUser person = people.get(step.person());
                try {
                    switch (step.kind()) {
                        case ASK -> gatherings.ask(event, person);
                        case INVITE -> gatherings.invite(event, person.id(), host);
                        case ACCEPT -> gatherings.accept(event, person.id(), host);
                        case REJECT -> gatherings.reject(event, person.id(), host);
                        case ACCEPT_INVITATION -> gatherings.acceptInvitation(event, person);
                        case DECLINE -> gatherings.declineInvitation(event, person);
                        case WITHDRAW -> gatherings.withdraw(event, person);
                        case CANCEL -> gatherings.cancel(event, host);
                    }
                } catch (ProblemException refused) {
                    assertThat(refused.status().value()).as(step + ": " + refused.getMessage()).isIn(409, 422);
                }
                for (GatheringId id : events) {
                    GatheringView view = gatherings.gathering(id, hosts.get(events.indexOf(id)));
                    long accepted = gatherings.participants(id, hosts.get(events.indexOf(id))).stream()
                            .filter(p -> !p.host() && p.state() == ParticipationState.ACCEPTED).count();
                    assertThat(accepted).as(step + " at " + id).isLessThanOrEqualTo(view.seats());
                    if (view.status() != GatheringStatus.CANCELLED) {
                        assertThat(view.taken()).as(step + ": seats taken at " + id).isEqualTo((int) accepted);
                    }
                }
                assertThat(overlappingHolds(events)).as("after " + step).isZero();
            }
        });
    }

    private static Step step(Gen gen) {
        Kind kind = gen.frequency(
                Gen.weighted(5, g -> Kind.ASK), Gen.weighted(3, g -> Kind.INVITE), Gen.weighted(6, g -> Kind.ACCEPT),
                Gen.weighted(2, g -> Kind.REJECT), Gen.weighted(3, g -> Kind.ACCEPT_INVITATION),
                Gen.weighted(1, g -> Kind.DECLINE), Gen.weighted(2, g -> Kind.WITHDRAW), Gen.weighted(1, g -> Kind.CANCEL));
        return new Step(kind, gen.between(0, 2), gen.between(0, PEOPLE - 1));
    }

    private long overlappingHolds(List<GatheringId> events) {
        return jdbc.sql("""
                        select count(*) from gathering_participant a
                          join gathering_participant b on b.person_id = a.person_id and b.id > a.id
                         where a.holds = true and b.holds = true
                           and a.starts_at < b.ends_at and b.starts_at < a.ends_at
                           and a.gathering_id in (:events)
                        """)
                .param("events", events.stream().map(GatheringId::value).toList())
                .query(Long.class)
                .single();
    }

    private GatheringId publish(CurrentUser host, Instant start, int hours, int seats) {
        return gatherings.publish(new GatheringDraft(unique("Evening"), null, null, start, start.plus(Duration.ofHours(hours)),
                "Europe/Berlin", "Upstairs", null, Privacy.PUBLIC, true, null, seats), host).id();
    }

    private CurrentUser user(User user) {
        return identity.currentUser(new UserId(user.id())).orElseThrow();
    }
}
