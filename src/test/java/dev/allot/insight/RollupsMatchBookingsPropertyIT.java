package dev.allot.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.AllotApplication;
import dev.allot.booking.ApproveBooking;
import dev.allot.booking.BookResource;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.CheckIn;
import dev.allot.booking.RejectBooking;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.BookingEventFlow;
import dev.allot.booking.Bookings;
import dev.allot.booking.ChangeBooking;
import dev.allot.booking.ImportedBooking;
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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import dev.allot.testing.Gen;
import dev.allot.testing.PropertyRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After random sequences of booking, changing, cancelling, approving, rejecting, checking in and
 * importing (past bookings across Berlin's last fall-back night, with check-ins), the hourly and daily
 * rollups equal a recomputation from the raw bookings, done here independently in 15-minute slices.
 */
class RollupsMatchBookingsPropertyIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Duration SLOT = Duration.ofMinutes(15);

    private static ConfigurableApplicationContext context;
    private static Bookings bookings;
    private static Spaces spaces;
    private static JdbcClient jdbc;
    private static SiteId site;
    private static CurrentUser booker;
    private static CurrentUser admin;
    private static Instant futureDay;
    private static Instant pastDay;

    sealed interface Operation permits Book, Change, Cancel, Approve, Reject, CheckInNow, Import {}

    /** Book {@code slots} quarter-hours from quarter-hour {@code start} of a future day; {@code room} 0 or 1. */
    record Book(int room, int start, int slots) implements Operation {}

    record Change(int pick, int start, int slots) implements Operation {}

    record Cancel(int pick) implements Operation {}

    record Approve(int pick) implements Operation {}

    record Reject(int pick) implements Operation {}

    /** Book the room for the next half hour and check in at once. */
    record CheckInNow(int room) implements Operation {}

    record Row(int start, int slots, BookingStatus status, int checkInSlot) {}

    /** Import rows on the past days around the fall-back night (hours 0..71 from two days before). */
    record Import(int room, List<Row> rows) implements Operation {}

    @BeforeAll
    static void startApplication() throws Exception {
        context = new SpringApplicationBuilder(AllotApplication.class).run("--server.port=0",
                "--allot.data-dir=" + Files.createTempDirectory("allot-insight-property-"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + dev.allot.testing.TestMail.port(),
                "--allot.booking.rules.room.horizon=P400D");
        bookings = context.getBean(Bookings.class);
        spaces = context.getBean(Spaces.class);
        jdbc = context.getBean(JdbcClient.class);
        UserView user = context.getBean(Identity.class).register(new Registration(
                "insight-property-" + UUID.randomUUID() + "@example.test", "a long passphrase for module tests", "Property Tester"));
        booker = new CurrentUser(user.id(), user.email(), user.displayName(), Role.MEMBER);
        admin = new CurrentUser(user.id(), user.email(), user.displayName(), Role.ADMIN);
        site = spaces.createSite(new SiteDraft("Insight property site", null, ZONE.getId(), OpeningHours.ALWAYS), admin).id();
        futureDay = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.DAYS);
        // Two local days before the last fall-back change, so imports cross a 25-hour day.
        Instant change;
        for (Instant at = Instant.now(); ; ) {
            var transition = ZONE.getRules().previousTransition(at);
            if (transition.isOverlap()) {
                change = transition.getInstant();
                break;
            }
            at = transition.getInstant();
        }
        pastDay = change.atZone(ZONE).toLocalDate().minusDays(2).atStartOfDay(ZONE).toInstant();
    }

    @AfterAll
    static void stopApplication() {
        if (context != null) {
            context.close();
        }
    }

    /** 1 to 25 operations, weighted 4 book, 2 change, 2 cancel, 1 approve, 1 reject, 1 check in, 2 import. */
    static List<Operation> operations(Gen gen) {
        return gen.list(1, 25, g -> g.frequency(
                Gen.weighted(4, h -> new Book(room(h), start(h), slots(h))),
                Gen.weighted(2, h -> new Change(pick(h), start(h), slots(h))),
                Gen.weighted(2, h -> new Cancel(pick(h))),
                Gen.weighted(1, h -> new Approve(pick(h))),
                Gen.weighted(1, h -> new Reject(pick(h))),
                Gen.weighted(1, h -> new CheckInNow(room(h))),
                Gen.weighted(2, h -> new Import(room(h), h.list(1, 6, RollupsMatchBookingsPropertyIT::row)))));
    }

    private static int room(Gen gen) {
        return gen.between(0, 1);
    }

    private static int start(Gen gen) {
        return gen.between(0, 90);
    }

    private static int slots(Gen gen) {
        return gen.between(1, 10);
    }

    private static int pick(Gen gen) {
        return gen.between(0, 1_000);
    }

    private static Row row(Gen gen) {
        return new Row(gen.between(0, 280), slots(gen), gen.of(BookingStatus.class), gen.between(-2, 12));
    }

    @Test
    void rollups_equal_a_recomputation_from_the_raw_bookings() {
        PropertyRuns.forAll(30, RollupsMatchBookingsPropertyIT::operations, RollupsMatchBookingsPropertyIT::holdsFor);
    }

    private static void holdsFor(List<Operation> operations) {
        List<ResourceId> rooms = List.of(room(false), room(true));
        List<BookingId> made = new ArrayList<>();
        for (Operation operation : operations) {
            try {
                switch (operation) {
                    case Book(int room, int start, int slots) -> made.add(bookings.book(new BookResource(rooms.get(room),
                            future(start), future(start + slots), "Property", 1, null, null), booker).booking().id());
                    case Change(int pick, int start, int slots) -> {
                        if (!made.isEmpty()) {
                            BookingId id = made.get(pick % made.size());
                            bookings.change(new ChangeBooking(id, future(start), future(start + slots), "Changed", 1,
                                    null), booker);
                        }
                    }
                    case Cancel(int pick) -> {
                        if (!made.isEmpty()) {
                            bookings.cancel(new CancelBooking(made.get(pick % made.size()), null), booker);
                        }
                    }
                    case Approve(int pick) -> {
                        if (!made.isEmpty()) {
                            bookings.approve(new ApproveBooking(made.get(pick % made.size())), admin);
                        }
                    }
                    case Reject(int pick) -> {
                        if (!made.isEmpty()) {
                            bookings.reject(new RejectBooking(made.get(pick % made.size()), "Not this time"), admin);
                        }
                    }
                    case CheckInNow(int room) -> {
                        Instant start = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MINUTES);
                        BookingView now = bookings.book(new BookResource(rooms.get(room), start,
                                start.plus(Duration.ofMinutes(30)), "Now", 1, null, null), booker).booking();
                        made.add(now.id());
                        if (now.status() == BookingStatus.CONFIRMED) {
                            bookings.checkIn(new CheckIn(now.id()), booker);
                        }
                    }
                    case Import(int room, List<Row> rows) -> made.addAll(bookings.importBookings(rows.stream()
                            .map(row -> imported(rooms.get(room), row))
                            .toList(), admin));
                }
            } catch (ProblemException refused) {
                // Overlaps, wrong states and broken rules are refused; the model must not count them.
            }
        }

        // the read model follows the bookings after their commits (ADR 26): compare once it has caught up
        assertThat(context.getBean(BookingEventFlow.class).awaitHandled(java.time.Duration.ofSeconds(30))).isTrue();
        for (ResourceId room : rooms) {
            List<BookingView> raw = bookings.list(new BookingQuery(null, room, null, null, null, Set.of()),
                    new PageRequest(0, PageRequest.MAX_SIZE), admin).items();
            Expected expected = recompute(raw);
            assertThat(storedHours(room)).as("hours of %s after %s", room, operations).isEqualTo(expected.hours());
            assertThat(storedDays(room)).as("days of %s after %s", room, operations).isEqualTo(expected.days());
        }
        List<BookingView> wholeSite = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<BookingView> items = bookings.list(new BookingQuery(null, null, site, null, null, Set.of()),
                    new PageRequest(page, PageRequest.MAX_SIZE), admin).items();
            wholeSite.addAll(items);
            if (items.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        assertThat(storedSiteHours()).as("site hours after %s", operations).isEqualTo(recompute(wholeSite).hours());
    }

    private static Map<Long, List<Long>> storedSiteHours() {
        Map<Long, List<Long>> stored = new TreeMap<>();
        jdbc.sql("select hour_start, booked_ms, used_ms from occupancy_site_hour where site_id = ? and kind = 'ROOM'")
                .param(site.value())
                .query(rs -> {
                    if (rs.getLong(2) != 0 || rs.getLong(3) != 0) {
                        stored.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3)));
                    }
                });
        return stored;
    }

    private static ResourceId room(boolean requiresApproval) {
        return spaces.createResource(new ResourceDraft(site, null, ResourceKind.ROOM, "Room " + UUID.randomUUID(), 4,
                Set.of(), null, null, true, requiresApproval), admin).id();
    }

    private static Instant future(int slot) {
        return futureDay.plus(SLOT.multipliedBy(slot));
    }

    private static ImportedBooking imported(ResourceId room, Row row) {
        Instant start = pastDay.plus(SLOT.multipliedBy(row.start()));
        Instant end = pastDay.plus(SLOT.multipliedBy(row.start() + row.slots()));
        Instant checkedIn = row.status() == BookingStatus.CONFIRMED && row.checkInSlot() >= 0
                ? start.plus(SLOT.multipliedBy(row.checkInSlot())).minusSeconds(37) : null;
        return new ImportedBooking(room, booker.id(), start, end, "Imported", 1, row.status(), null, checkedIn);
    }

    /** Per hour start: booked and used ms. Per local day: booked, used, pending, confirmed, cancelled, rejected, checked in. */
    record Expected(Map<Long, List<Long>> hours, Map<Long, List<Long>> days) {}

    /** The rollups worked out again, slice by slice, without the model's code. */
    private static Expected recompute(List<BookingView> raw) {
        Map<Long, List<Long>> hours = new TreeMap<>();
        Map<Long, long[]> days = new HashMap<>();
        for (BookingView booking : raw) {
            long[] day = days.computeIfAbsent(booking.startsAt().atZone(ZONE).toLocalDate().toEpochDay(),
                    key -> new long[7]);
            day[2 + booking.status().ordinal()]++; // PENDING, CONFIRMED, REJECTED, CANCELLED
            boolean checkedIn = booking.status() == BookingStatus.CONFIRMED && booking.checkedInAt() != null;
            if (checkedIn) {
                day[6]++;
            }
            if (!booking.status().active()) {
                continue;
            }
            long end = booking.endsAt().toEpochMilli();
            long usedFrom = checkedIn
                    ? Math.min(end, Math.max(booking.startsAt().toEpochMilli(), booking.checkedInAt().toEpochMilli()))
                    : end;
            // Slices end on the quarter-hour grid (Berlin's hours start on it), so none crosses an hour.
            long quarter = SLOT.toMillis();
            for (long from = booking.startsAt().toEpochMilli(), to; from < end; from = to) {
                to = Math.min(end, (from / quarter + 1) * quarter);
                ZonedDateTime local = Instant.ofEpochMilli(from).atZone(ZONE);
                long hourStart = local.truncatedTo(ChronoUnit.HOURS).toInstant().toEpochMilli();
                long used = Math.max(0, to - Math.max(from, usedFrom));
                List<Long> hour = hours.computeIfAbsent(hourStart, key -> new ArrayList<>(List.of(0L, 0L)));
                hour.set(0, hour.get(0) + (to - from));
                hour.set(1, hour.get(1) + used);
                long[] ofSlice = days.computeIfAbsent(local.toLocalDate().toEpochDay(), key -> new long[7]);
                ofSlice[0] += to - from;
                ofSlice[1] += used;
            }
        }
        Map<Long, List<Long>> dayLists = new TreeMap<>();
        days.forEach((day, values) -> {
            // stored order: booked, used, pending, confirmed, cancelled, rejected, checked in
            List<Long> list = List.of(values[0], values[1], values[2], values[3], values[5], values[4], values[6]);
            if (list.stream().anyMatch(value -> value != 0)) {
                dayLists.put(day, list);
            }
        });
        hours.values().removeIf(list -> list.get(0) == 0 && list.get(1) == 0);
        return new Expected(hours, dayLists);
    }

    private static Map<Long, List<Long>> storedHours(ResourceId room) {
        Map<Long, List<Long>> stored = new TreeMap<>();
        jdbc.sql("select hour_start, booked_ms, used_ms from occupancy_hour where resource_id = ?")
                .param(room.value())
                .query(rs -> {
                    if (rs.getLong(2) != 0 || rs.getLong(3) != 0) {
                        stored.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3)));
                    }
                });
        return stored;
    }

    private static Map<Long, List<Long>> storedDays(ResourceId room) {
        Map<Long, List<Long>> stored = new TreeMap<>();
        jdbc.sql("""
                        select local_day, booked_ms, used_ms, pending, confirmed, cancelled, rejected, checked_in
                        from occupancy_day where resource_id = ?
                        """)
                .param(room.value())
                .query(rs -> {
                    List<Long> values = List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8));
                    if (values.stream().anyMatch(value -> value != 0)) {
                        stored.put(rs.getLong(1), values);
                    }
                });
        return stored;
    }
}
