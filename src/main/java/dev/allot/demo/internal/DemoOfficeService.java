package dev.allot.demo.internal;

import dev.allot.booking.AnswerAttendance;
import dev.allot.booking.AttendanceConfirmations;
import dev.allot.booking.BookDeskDay;
import dev.allot.booking.BookingId;
import dev.allot.booking.Bookings;
import dev.allot.booking.DeskPolicy;
import dev.allot.booking.Desks;
import dev.allot.booking.Guest;
import dev.allot.booking.JoinPresence;
import dev.allot.booking.ImportedBooking;
import dev.allot.demo.DemoOffice;
import dev.allot.demo.DemoSummary;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.NewPerson;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import dev.allot.space.FloorDraft;
import dev.allot.space.FloorId;
import dev.allot.space.PlanPosition;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteDraft;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the planned office through the other modules' facades, in chunks with a transaction each
 * (each floor with its generated plan, each desk and room at its place on it),
 * and every booking until yesterday through the booking import, so that the demo obeys the same rules
 * and feeds the same events (audit, occupancy) as real data. From today to the desk horizon, desks are
 * used through the desk and attendance use cases, acting as the demo people themselves (ADR 23).
 */
@Service
@EnableConfigurationProperties(DemoProperties.class)
class DemoOfficeService implements DemoOffice {

    private static final Logger log = LoggerFactory.getLogger(DemoOfficeService.class);
    private static final int PEOPLE_PER_CALL = 1_000;
    private static final int RESOURCES_PER_TRANSACTION = 250;
    private static final int ACTS_PER_TRANSACTION = 200;

    private final Spaces spaces;
    private final Identity identity;
    private final Bookings bookings;
    private final Desks desks;
    private final AttendanceConfirmations attendance;
    private final Duration deskHorizon;
    private final DemoClaimRepository claims;
    private final DemoProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DemoEvenings evenings;

    DemoOfficeService(Spaces spaces, Identity identity, Bookings bookings, Desks desks,
            AttendanceConfirmations attendance, @Value("${allot.booking.rules.desk.horizon:P14D}") Duration deskHorizon,
            DemoClaimRepository claims, DemoProperties properties, PlatformTransactionManager transactionManager,
            Clock clock, DemoEvenings evenings) {
        this.spaces = spaces;
        this.identity = identity;
        this.bookings = bookings;
        this.desks = desks;
        this.attendance = attendance;
        this.deskHorizon = deskHorizon;
        this.claims = claims;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.evenings = evenings;
    }

    @Override
    public boolean canCreate() {
        return spaces.sites().isEmpty() && claims.startedAt().isEmpty();
    }

    @Override
    public DemoSummary create(CurrentUser admin) {
        admin.requireAdmin("Only admins create the demo office");
        if (!spaces.sites().isEmpty()) {
            throw refused("There are sites already: the demo office is only created on an empty installation");
        }
        if (!claims.claim(properties.seed(), clock.millis())) {
            throw refused("A demo office was created here before (or is being created now)");
        }
        long started = System.nanoTime();
        boolean stored = false;
        try {
            OfficePlan plan = OfficePlanner.plan(properties);
            log.info("Creating the demo office: {} sites, {} rooms, {} desks, {} equipment, {} people, {} months of "
                    + "history, {} weeks ahead, seed {}", plan.sites().size(), plan.rooms(), plan.desks(),
                    plan.equipment(), plan.people().size(), properties.historyMonths(), properties.futureWeeks(),
                    properties.seed());
            Stored ids = storeSpaces(plan, admin);
            stored = true;
            long[] people = storePeople(plan, ids, admin);
            int pictures = properties.pictures() ? storePictures(plan, ids, admin) : 0;
            long count = storeBookings(plan, ids, people, admin);
            count += storeDeskDays(plan, ids, people, admin);
            evenings.store(plan, ids.resources(), people, admin);
            claims.finish(clock.millis());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            DemoSummary summary = new DemoSummary(plan.sites().size(), plan.floors().size(), plan.rooms(),
                    plan.desks(), plan.equipment(), plan.people().size(), count, pictures, took,
                    OfficePlanner.MEMBER_EMAIL, properties.password());
            log.info("Demo office created in {} s: {} sites, {} resources, {} people, {} bookings, {} pictures",
                    took.toSeconds(), summary.sites(), plan.resources().size(), summary.people(), count, pictures);
            return summary;
        } catch (RuntimeException e) {
            if (!stored) {
                claims.release();
            }
            log.error("Creating the demo office failed; {}", stored
                    ? "what was stored stays (start over with an empty database)" : "nothing was stored", e);
            throw e;
        }
    }

    private static ProblemException refused(String detail) {
        return ProblemException.conflict("demo-refused", detail);
    }

    /** The database ids of the plan's sites, floors and resources, by position. */
    private record Stored(long[] sites, long[] floors, long[] resources) {}

    private Stored storeSpaces(OfficePlan plan, CurrentUser admin) {
        long[] sites = new long[plan.sites().size()];
        long[] floors = new long[plan.floors().size()];
        long[] resources = new long[plan.resources().size()];
        Map<Integer, PlanPosition> positions = new HashMap<>();
        transactions.executeWithoutResult(tx -> {
            for (OfficePlan.Site site : plan.sites()) {
                sites[site.index()] = spaces.createSite(new SiteDraft(site.name(), site.address(), site.zone().getId(),
                        BookingPlanner.HOURS), admin).id().value();
            }
            for (OfficePlan.Floor floor : plan.floors()) {
                floors[floor.index()] = spaces.createFloor(new SiteId(sites[floor.site()]),
                        new FloorDraft(floor.name(), floor.level()), admin).id().value();
                FloorDrawing.Drawn drawn = FloorDrawing.draw(plan, floor);
                spaces.saveFloorPlan(new FloorId(floors[floor.index()]), drawn.svg(), admin);
                positions.putAll(drawn.positions());
            }
        });
        for (int from = 0; from < resources.length; from += RESOURCES_PER_TRANSACTION) {
            List<OfficePlan.Resource> chunk = plan.resources().subList(from,
                    Math.min(resources.length, from + RESOURCES_PER_TRANSACTION));
            transactions.executeWithoutResult(tx -> chunk.forEach(resource ->
                    resources[resource.index()] = spaces.createResource(new ResourceDraft(
                            new SiteId(sites[resource.site()]), new FloorId(floors[resource.floor()]), resource.kind(),
                            resource.name(), resource.capacity(), resource.amenities(), resource.description(), null,
                            true, resource.requiresApproval()).withPosition(positions.get(resource.index())),
                            admin).id().value()));
        }
        return new Stored(sites, floors, resources);
    }

    private long[] storePeople(OfficePlan plan, Stored stored, CurrentUser admin) {
        long[] ids = new long[plan.people().size()];
        for (int from = 0; from < ids.length; from += PEOPLE_PER_CALL) {
            List<OfficePlan.Person> chunk = plan.people().subList(from, Math.min(ids.length, from + PEOPLE_PER_CALL));
            List<UserId> created = identity.importPeople(chunk.stream()
                    .map(p -> new NewPerson(p.email(), p.displayName(), Role.MEMBER, p.locale(), stored.sites()[p.site()],
                            p.team()))
                    .toList(), properties.password(), admin);
            for (int i = 0; i < created.size(); i++) {
                ids[from + i] = created.get(i).value();
            }
        }
        return ids;
    }

    private int storePictures(OfficePlan plan, Stored stored, CurrentUser admin) {
        int count = 0;
        for (OfficePlan.Resource resource : plan.resources()) {
            RoomLayout layout = resource.layout();
            if (resource.kind() == ResourceKind.ROOM && layout != null) {
                spaces.savePhoto(new ResourceId(stored.resources()[resource.index()]), RoomPicture.png(layout,
                        resource.capacity(), resource.amenities(), properties.seed() * 31 + resource.index()), admin);
                count++;
            }
        }
        return count;
    }

    private long storeBookings(OfficePlan plan, Stored stored, long[] people, CurrentUser admin) {
        int batchSize = Math.min(properties.batchSize(), Bookings.MAX_IMPORT_BATCH);
        List<ImportedBooking> batch = new ArrayList<>(batchSize);
        long[] count = {0};
        Instant now = clock.instant();
        new BookingPlanner(plan, properties.seed(), now).plan(properties.historyMonths(), properties.futureWeeks(),
                planned -> {
                    batch.add(new ImportedBooking(new ResourceId(stored.resources()[planned.resource()]),
                            new UserId(people[planned.person()]), planned.startsAt(), planned.endsAt(), planned.title(),
                            planned.attendees(), planned.status(), null, planned.checkedInAt()));
                    if (batch.size() == batchSize) {
                        long before = count[0];
                        count[0] += flush(batch, admin);
                        if (count[0] / 100_000 > before / 100_000) {
                            log.info("Demo office: {} bookings imported, up to {}", count[0], planned.startsAt());
                        }
                    }
                });
        if (!batch.isEmpty()) {
            count[0] += flush(batch, admin);
        }
        return count[0];
    }

    /**
     * Plays the planned desk acts through the facades, each as the person who would take it (the
     * admin for fixed desks and the desk policy), {@link #ACTS_PER_TRANSACTION} in one transaction
     * (one commit instead of one each). The plan is made to be accepted; should an act be refused
     * (a site's day ending while the demo runs), its chunk is rolled back and played again act by
     * act, skipping and counting what is refused. Answers the number of desk days booked.
     */
    private long storeDeskDays(OfficePlan plan, Stored stored, long[] people, CurrentUser admin) {
        List<DeskDayPlanner.Act> acts = new DeskDayPlanner(plan, properties.seed(), clock.instant(),
                (int) deskHorizon.toDays(), properties.deskLife()).plan();
        CurrentUser[] users = new CurrentUser[people.length];
        DeskTally total = new DeskTally();
        for (int from = 0; from < acts.size(); from += ACTS_PER_TRANSACTION) {
            List<DeskDayPlanner.Act> chunk = acts.subList(from, Math.min(acts.size(), from + ACTS_PER_TRANSACTION));
            DeskTally inOne = new DeskTally();
            DeskTally tally = inOne;
            try {
                transactions.executeWithoutResult(tx -> chunk.forEach(act -> play(act, stored, people, users,
                        total, inOne, admin)));
            } catch (RuntimeException refused) {
                log.debug("Demo office: a desk act was refused ({}); playing its chunk act by act", refused.toString());
                tally = new DeskTally();
                for (DeskDayPlanner.Act act : chunk) {
                    try {
                        play(act, stored, people, users, total, tally, admin);
                    } catch (ProblemException e) {
                        tally.refused++;
                        log.debug("Demo office: {} refused: {}", act, e.getMessage());
                    }
                }
            }
            total.add(tally);
        }
        log.info("Demo office: {} desk days booked, {} people in without a desk or waiting, {} fixed desk days "
                + "released, {} attendance answers; {} acts refused", total.booked, total.present, total.released,
                total.answered, total.refused);
        return total.booked;
    }

    /** What the desk acts did; {@code own} holds the booking of each person's own desk day. */
    private static final class DeskTally {
        final Map<String, BookingId> own = new HashMap<>();
        int booked;
        int present;
        int released;
        int answered;
        int refused;

        void add(DeskTally other) {
            own.putAll(other.own);
            booked += other.booked;
            present += other.present;
            released += other.released;
            answered += other.answered;
            refused += other.refused;
        }
    }

    private void play(DeskDayPlanner.Act act, Stored stored, long[] people, CurrentUser[] users, DeskTally done,
            DeskTally tally, CurrentUser admin) {
        switch (act) {
            case DeskDayPlanner.AssignFixed fixed -> desks.assignFixedDesk(resource(stored, fixed.desk()),
                    new UserId(people[fixed.owner()]), admin);
            case DeskDayPlanner.AutoAssign auto -> {
                SiteId site = new SiteId(stored.sites()[auto.site()]);
                desks.changePolicy(site, new DeskPolicy(desks.policy(site).guestsPerHost(), true), admin);
            }
            case DeskDayPlanner.Book book -> {
                Guest guest = book.guest() == null ? null : new Guest(book.guest(), null);
                BookingId id = desks.bookDay(new BookDeskDay(resource(stored, book.desk()), book.day(), guest, null),
                        user(users, people, book.person())).booking().id();
                if (guest == null) {
                    tally.own.put(book.person() + "@" + book.day(), id);
                }
                tally.booked++;
            }
            case DeskDayPlanner.Join join -> {
                Guest guest = join.guest() == null ? null : new Guest(join.guest(), null);
                desks.join(new JoinPresence(new SiteId(stored.sites()[join.site()]), join.day(), guest,
                        join.waitForDesk()), user(users, people, join.person()));
                tally.present++;
            }
            case DeskDayPlanner.Release release -> {
                desks.releaseFixedDesk(resource(stored, release.desk()), release.day(),
                        user(users, people, release.owner()));
                tally.released++;
            }
            case DeskDayPlanner.Answer answer -> {
                String key = answer.person() + "@" + answer.day();
                BookingId id = tally.own.containsKey(key) ? tally.own.get(key) : done.own.get(key);
                if (id != null) {
                    attendance.answer(new AnswerAttendance(id, answer.coming()), user(users, people, answer.person()));
                    tally.answered++;
                }
            }
        }
    }

    private static ResourceId resource(Stored stored, int index) {
        return new ResourceId(stored.resources()[index]);
    }

    private CurrentUser user(CurrentUser[] users, long[] people, int person) {
        if (users[person] == null) {
            users[person] = identity.currentUser(new UserId(people[person])).orElseThrow();
        }
        return users[person];
    }

    private int flush(List<ImportedBooking> batch, CurrentUser admin) {
        int size = bookings.importBookings(List.copyOf(batch), admin).size();
        batch.clear();
        return size;
    }
}
