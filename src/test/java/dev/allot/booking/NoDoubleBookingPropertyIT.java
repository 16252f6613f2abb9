package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.AllotApplication;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Registration;
import dev.allot.identity.Role;
import dev.allot.identity.UserView;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteDraft;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import dev.allot.testing.Gen;
import dev.allot.testing.PropertyRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Random sequences of bookings, imports and cancellations on one room, against the real database (SQLite,
 * or PostgreSQL when spring.datasource.url names one): the database never holds two overlapping
 * active bookings, and a request that overlaps nothing is never refused.
 */
class NoDoubleBookingPropertyIT {

    private static final Duration SLOT = Duration.ofMinutes(15);

    private static ConfigurableApplicationContext context;
    private static Bookings bookings;
    private static Spaces spaces;
    private static SiteId site;
    private static CurrentUser booker;
    private static CurrentUser admin;
    private static Instant dayStart;

    sealed interface Operation permits Book, Cancel, Import {}

    /** Book {@code slots} quarter-hours from quarter-hour {@code start} of the test day. */
    record Book(int start, int slots) implements Operation {}

    /** Cancel the {@code pick}-th (modulo) of the active bookings, if any. */
    record Cancel(int pick) implements Operation {}

    /** Import these bookings in one batch, as an admin: all of them or none. */
    record Import(List<Book> rows) implements Operation {}

    record Interval(Instant start, Instant end) {
        boolean overlaps(Interval other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    @BeforeAll
    static void startApplication() throws Exception {
        // Command-line arguments, so that they win over application.yaml (default properties do not);
        // allot.data-dir only matters on SQLite, spring.datasource.url (a system property) picks PostgreSQL.
        context = new SpringApplicationBuilder(AllotApplication.class).run("--server.port=0",
                "--allot.data-dir=" + Files.createTempDirectory("allot-property-"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + dev.allot.testing.TestMail.port());
        bookings = context.getBean(Bookings.class);
        spaces = context.getBean(Spaces.class);
        UserView user = context.getBean(Identity.class).register(new Registration(
                "property-" + UUID.randomUUID() + "@example.test", "a long passphrase for module tests", "Property Tester"));
        booker = new CurrentUser(user.id(), user.email(), user.displayName(), Role.MEMBER);
        admin = new CurrentUser(user.id(), user.email(), user.displayName(), Role.ADMIN);
        site = spaces.createSite(new SiteDraft("Property site", null, "UTC", OpeningHours.ALWAYS), admin).id();
        dayStart = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.DAYS);
    }

    @AfterAll
    static void stopApplication() {
        if (context != null) {
            context.close();
        }
    }

    /** 1 to 30 operations: booking 3 times as often as cancelling or importing (1 to 4 rows). */
    static List<Operation> operations(Gen gen) {
        return gen.list(1, 30, g -> g.frequency(
                Gen.weighted(3, NoDoubleBookingPropertyIT::book),
                Gen.weighted(1, h -> new Cancel(h.between(0, 1_000))),
                Gen.weighted(1, h -> new Import(h.list(1, 4, NoDoubleBookingPropertyIT::book)))));
    }

    private static Book book(Gen gen) {
        return new Book(gen.between(0, 95), gen.between(1, 8));
    }

    @Test
    void random_bookings_imports_and_cancellations_never_overlap_and_never_refuse_a_free_slot() {
        PropertyRuns.forAll(40, NoDoubleBookingPropertyIT::operations, NoDoubleBookingPropertyIT::holdsFor);
    }

    private static void holdsFor(List<Operation> operations) {
        ResourceId room = spaces.createResource(new ResourceDraft(site, null, ResourceKind.ROOM,
                "Room " + UUID.randomUUID(), 4, Set.of(), null, null, true, false), admin).id();
        Map<BookingId, Interval> active = new LinkedHashMap<>();

        for (Operation operation : operations) {
            switch (operation) {
                case Book(int start, int slots) -> {
                    Interval wanted = new Interval(dayStart.plus(SLOT.multipliedBy(start)),
                            dayStart.plus(SLOT.multipliedBy(start + slots)));
                    boolean free = active.values().stream().noneMatch(wanted::overlaps);
                    try {
                        BookingView booked = bookings.book(new BookResource(room, wanted.start(), wanted.end(),
                                "Property", 1, null, null), booker).booking();
                        assertThat(free).as("booked %s although it overlaps %s", wanted, active.values()).isTrue();
                        active.put(booked.id(), wanted);
                    } catch (ProblemException refused) {
                        assertThat(refused.type()).isEqualTo("booking-overlap");
                        assertThat(free).as("refused %s although it overlaps none of %s", wanted, active.values())
                                .isFalse();
                    }
                }
                case Import(List<Book> rows) -> {
                    List<Interval> wanted = rows.stream().map(row -> new Interval(
                            dayStart.plus(SLOT.multipliedBy(row.start())),
                            dayStart.plus(SLOT.multipliedBy(row.start() + row.slots())))).toList();
                    boolean free = true;
                    for (int i = 0; i < wanted.size(); i++) {
                        Interval one = wanted.get(i);
                        free &= active.values().stream().noneMatch(one::overlaps)
                                && wanted.subList(0, i).stream().noneMatch(one::overlaps);
                    }
                    try {
                        List<BookingId> ids = bookings.importBookings(wanted.stream().map(w -> new ImportedBooking(room,
                                booker.id(), w.start(), w.end(), "Imported", 1, BookingStatus.CONFIRMED, null, null))
                                .toList(), admin);
                        assertThat(free).as("imported %s although it overlaps %s", wanted, active.values()).isTrue();
                        for (int i = 0; i < ids.size(); i++) {
                            active.put(ids.get(i), wanted.get(i));
                        }
                    } catch (ProblemException refused) {
                        assertThat(refused.type()).isEqualTo("booking-overlap");
                        assertThat(free).as("refused import %s although it overlaps nothing of %s", wanted,
                                active.values()).isFalse();
                    }
                }
                case Cancel(int pick) -> {
                    if (!active.isEmpty()) {
                        BookingId id = new ArrayList<>(active.keySet()).get(pick % active.size());
                        bookings.cancel(new dev.allot.booking.CancelBooking(id, null), booker);
                        active.remove(id);
                    }
                }
            }
        }

        List<BookingView> stored = bookings.list(new BookingQuery(null, room, null, null, null, BookingStatus.ACTIVE),
                new PageRequest(0, PageRequest.MAX_SIZE), admin).items();
        assertThat(stored).extracting(BookingView::id).containsExactlyInAnyOrderElementsOf(active.keySet());
        for (BookingView a : stored) {
            for (BookingView b : stored) {
                if (!a.id().equals(b.id())) {
                    assertThat(new Interval(a.startsAt(), a.endsAt()).overlaps(new Interval(b.startsAt(), b.endsAt())))
                            .as("bookings %s and %s overlap", a.id(), b.id())
                            .isFalse();
                }
            }
        }
    }
}
