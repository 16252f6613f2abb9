package dev.allot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Registration;
import dev.allot.identity.Role;
import dev.allot.identity.UserView;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.platform.RulesViolatedException;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceDraft;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteDraft;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Gen;
import dev.allot.testing.PropertyRuns;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Random single bookings, series, scoped changes and scoped cancellations by two members on two rooms
 * under an hours-per-week limit (issue 18), against the real database: never two overlapping active
 * bookings, never a limit exceeded, a refused request changes nothing, and each request is refused
 * exactly when the state it would make breaks one of the two (so nothing free and within the limit is
 * refused). The application's clock stands at Monday 1 March 2027, 08:00 in Berlin; the series may run
 * into summer time.
 */
class SeriesAndLimitsPropertyIT extends AllotIntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");
    private static final int HOURS_PER_WEEK = 6;

    @Autowired
    Bookings bookings;

    @Autowired
    BookingLimits limits;

    @Autowired
    Spaces spaces;

    @Autowired
    Identity identity;

    sealed interface Operation permits Book, Series, Cancel, Change {}

    /** {@code who} (0 or 1) books {@code room} (0 or 1) on day {@code day} ahead, half-hours from 08:00. */
    record Book(int who, int room, int day, int slot, int length) implements Operation {}

    record Series(int who, int room, int day, int slot, int length, boolean weekly, int count, boolean skip)
            implements Operation {}

    /** The owner cancels the {@code pick}-th (modulo) active booking, with the scope. */
    record Cancel(int pick, SeriesScope scope) implements Operation {}

    /** The owner moves the {@code pick}-th active booking (and, by the scope, its series) to new times of its day. */
    record Change(int pick, int slot, int length, SeriesScope scope) implements Operation {}

    /** An active booking as the property reads it. */
    record Held(long id, long room, long owner, Instant start, Instant end, @Nullable Long series) {

        boolean overlaps(Held other) {
            return room == other.room && start.isBefore(other.end) && other.start.isBefore(end);
        }

        Held at(Instant newStart, Instant newEnd) {
            return new Held(id, room, owner, newStart, newEnd, series);
        }

        String shape() {
            return room + "/" + owner + "/" + start + "/" + end;
        }
    }

    @BeforeEach
    void firstOfMarch2027() {
        clock().set(Instant.parse("2027-03-01T07:00:00Z"));
    }

    static List<Operation> operations(Gen gen) {
        return gen.list(1, 25, g -> g.frequency(
                Gen.weighted(3, h -> new Book(h.between(0, 1), h.between(0, 1), h.between(1, 20), h.between(0, 19),
                        h.between(1, 4))),
                Gen.weighted(2, h -> new Series(h.between(0, 1), h.between(0, 1), h.between(1, 20), h.between(0, 19),
                        h.between(1, 3), h.between(0, 1) == 1, h.between(2, 5), h.between(0, 1) == 1)),
                Gen.weighted(2, h -> new Cancel(h.between(0, 1_000), h.of(SeriesScope.class))),
                Gen.weighted(2, h -> new Change(h.between(0, 1_000), h.between(0, 19), h.between(1, 4),
                        h.of(SeriesScope.class)))));
    }

    @Test
    void series_scoped_changes_and_limits_never_overlap_never_exceed_and_refuse_only_what_breaks_them() {
        PropertyRuns.forAll(25, SeriesAndLimitsPropertyIT::operations, this::holdsFor);
    }

    private void holdsFor(List<Operation> operations) {
        UserView adminUser = register("Admin");
        CurrentUser admin = new CurrentUser(adminUser.id(), adminUser.email(), adminUser.displayName(), Role.ADMIN);
        List<CurrentUser> people = List.of(member(register("A")), member(register("B")));
        SiteId site = spaces.createSite(new SiteDraft("Property " + UUID.randomUUID(), null, BERLIN.getId(),
                OpeningHours.ALWAYS), admin).id();
        List<ResourceId> rooms = List.of(room(site, admin), room(site, admin));
        BookingLimit limit = limits.create(new SaveLimit(Role.MEMBER, site, ResourceKind.ROOM,
                LimitMeasure.HOURS_PER_WEEK, HOURS_PER_WEEK, null, null, null), admin);
        try {
            for (Operation operation : operations) {
                List<Held> before = held(rooms, admin);
                Expected expected = expect(operation, before, rooms, people);
                ProblemException refused = null;
                try {
                    run(operation, before, rooms, people);
                } catch (ProblemException problem) {
                    refused = problem;
                }
                List<Held> after = held(rooms, admin);
                assertThat(invariantsBroken(after)).as("after %s: %s", operation, after).isNull();
                if (expected.refusal() == null) {
                    assertThat(refused).as("%s refused though it breaks nothing", operation).isNull();
                    assertThat(shapes(after)).as("after %s", operation).containsExactlyInAnyOrderElementsOf(
                            shapes(expected.state()));
                } else {
                    assertThat(refused).as("%s should be refused: %s", operation, expected.refusal()).isNotNull();
                    assertThat(kind(refused)).as("%s refused as %s", operation, refused).isEqualTo(expected.refusal());
                    assertThat(shapes(after)).as("a refused %s changed nothing", operation)
                            .containsExactlyInAnyOrderElementsOf(shapes(before));
                }
            }
        } finally {
            limits.remove(limit.id(), admin);
        }
    }

    /** What a request should leave, or why it is refused ("overlap" or "limit"). */
    record Expected(List<Held> state, @Nullable String refusal) {}

    private Expected expect(Operation operation, List<Held> before, List<ResourceId> rooms, List<CurrentUser> people) {
        List<Held> state = new ArrayList<>(before);
        switch (operation) {
            case Book(int who, int room, int day, int slot, int length) -> state.add(wanted(rooms.get(room),
                    people.get(who), TODAY.plusDays(day), slot, length));
            case Series(int who, int room, int day, int slot, int length, boolean weekly, int count, boolean skip) -> {
                List<Held> occurrences = occurrences(rooms.get(room), people.get(who), day, slot, length, weekly, count);
                List<Held> free = occurrences.stream().filter(o -> before.stream().noneMatch(o::overlaps)).toList();
                if (free.isEmpty() || (!skip && free.size() < occurrences.size())) {
                    return new Expected(before, "overlap");
                }
                state.addAll(free);
            }
            case Cancel(int pick, SeriesScope scope) -> {
                if (before.isEmpty()) {
                    return new Expected(before, null);
                }
                Held pivot = before.get(pick % before.size());
                state.removeIf(touched(pivot, scope));
            }
            case Change(int pick, int slot, int length, SeriesScope scope) -> {
                if (before.isEmpty()) {
                    return new Expected(before, null);
                }
                Held pivot = before.get(pick % before.size());
                Predicate<Held> touched = touched(pivot, scope);
                List<Held> moved = new ArrayList<>();
                state.clear();
                for (Held booking : before) {
                    if (touched.test(booking)) {
                        LocalDate day = booking.start().atZone(BERLIN).toLocalDate();
                        moved.add(booking.at(time(day, slot), time(day, slot + length)));
                    } else {
                        state.add(booking);
                    }
                }
                if (moved.stream().anyMatch(m -> state.stream().anyMatch(m::overlaps))) {
                    return new Expected(before, "overlap");
                }
                state.addAll(moved);
            }
        }
        String broken = invariantsBroken(state);
        return broken == null ? new Expected(state, null) : new Expected(before, broken);
    }

    /** The bookings a scoped change or cancellation of {@code pivot} takes along (all ahead: the clock stands still). */
    private static Predicate<Held> touched(Held pivot, SeriesScope scope) {
        if (pivot.series() == null || scope == SeriesScope.THIS) {
            return booking -> booking.id() == pivot.id();
        }
        return booking -> Objects.equals(booking.series(), pivot.series())
                && (scope == SeriesScope.ALL || !booking.start().isBefore(pivot.start()));
    }

    private void run(Operation operation, List<Held> before, List<ResourceId> rooms, List<CurrentUser> people) {
        switch (operation) {
            case Book(int who, int room, int day, int slot, int length) -> bookings.book(new BookLocalSlot(
                    rooms.get(room), new LocalSlot(TODAY.plusDays(day), clockTime(slot), clockTime(slot + length)),
                    "Single", 1, null, null, false), people.get(who));
            case Series(int who, int room, int day, int slot, int length, boolean weekly, int count, boolean skip) ->
                    bookings.bookSeries(new BookSeries(rooms.get(room), new LocalSlot(TODAY.plusDays(day),
                            clockTime(slot), clockTime(slot + length)), new Repeat(weekly ? Repeat.Frequency.WEEKLY
                            : Repeat.Frequency.DAILY, 1, null, null, count, null),
                            skip ? OnConflict.SKIP : OnConflict.FAIL, "Series", 1, null, false), people.get(who));
            case Cancel(int pick, SeriesScope scope) -> {
                if (!before.isEmpty()) {
                    Held pivot = before.get(pick % before.size());
                    bookings.cancel(new CancelBooking(new BookingId(pivot.id()), null, scope), owner(pivot, people));
                }
            }
            case Change(int pick, int slot, int length, SeriesScope scope) -> {
                if (!before.isEmpty()) {
                    Held pivot = before.get(pick % before.size());
                    LocalDate day = pivot.start().atZone(BERLIN).toLocalDate();
                    bookings.change(new ChangeBooking(new BookingId(pivot.id()), time(day, slot),
                            time(day, slot + length), "Changed", 1, null, null, scope), owner(pivot, people));
                }
            }
        }
    }

    /** "overlap", "limit", or null when the bookings break neither. */
    private static @Nullable String invariantsBroken(List<Held> state) {
        for (int i = 0; i < state.size(); i++) {
            for (int j = i + 1; j < state.size(); j++) {
                if (state.get(i).overlaps(state.get(j))) {
                    return "overlap";
                }
            }
        }
        Map<String, Long> minutes = new HashMap<>();
        for (Held booking : state) {
            LocalDate monday = booking.start().atZone(BERLIN).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            minutes.merge(booking.owner() + "@" + monday, Duration.between(booking.start(), booking.end()).toMinutes(),
                    Long::sum);
        }
        return minutes.values().stream().anyMatch(used -> used > HOURS_PER_WEEK * 60L) ? "limit" : null;
    }

    private static String kind(ProblemException refused) {
        if (refused instanceof RulesViolatedException rules
                && rules.violations().stream().allMatch(v -> v.rule().equals("limit-exceeded"))) {
            return "limit";
        }
        return refused.type().equals("booking-overlap") || refused.type().equals("series-conflicts") ? "overlap"
                : refused.type();
    }

    private List<Held> held(List<ResourceId> rooms, CurrentUser admin) {
        List<Held> held = new ArrayList<>();
        for (ResourceId room : rooms) {
            bookings.list(new BookingQuery(null, room, null, null, null, BookingStatus.ACTIVE),
                    new PageRequest(0, PageRequest.MAX_SIZE), admin).items().forEach(b -> held.add(new Held(
                    b.id().value(), room.value(), b.bookedBy().value(), b.startsAt(), b.endsAt(),
                    b.seriesId() == null ? null : b.seriesId().value())));
        }
        held.sort(java.util.Comparator.comparing(Held::id));
        return held;
    }

    private static List<Held> occurrences(ResourceId room, CurrentUser who, int day, int slot, int length,
            boolean weekly, int count) {
        List<Held> occurrences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            occurrences.add(wanted(room, who, TODAY.plusDays(day + (long) i * (weekly ? 7 : 1)), slot, length));
        }
        return occurrences;
    }

    private static Held wanted(ResourceId room, CurrentUser who, LocalDate day, int slot, int length) {
        return new Held(-1, room.value(), who.id().value(), time(day, slot), time(day, slot + length), null);
    }

    private static LocalTime clockTime(int slot) {
        return LocalTime.of(8, 0).plusMinutes(30L * slot);
    }

    private static Instant time(LocalDate day, int slot) {
        return day.atTime(clockTime(slot)).atZone(BERLIN).toInstant();
    }

    private static List<String> shapes(List<Held> state) {
        return state.stream().map(Held::shape).toList();
    }

    private static CurrentUser owner(Held booking, List<CurrentUser> people) {
        return people.stream().filter(p -> p.id().value() == booking.owner()).findFirst().orElseThrow();
    }

    private UserView register(String name) {
        return identity.register(new Registration("property-" + UUID.randomUUID() + "@example.test",
                "a long passphrase for property runs", "Property " + name));
    }

    private static CurrentUser member(UserView user) {
        return new CurrentUser(user.id(), user.email(), user.displayName(), Role.MEMBER);
    }

    private ResourceId room(SiteId site, CurrentUser admin) {
        return spaces.createResource(new ResourceDraft(site, null, ResourceKind.ROOM, "Room " + UUID.randomUUID(), 4,
                Set.of(), null, null, true, false), admin).id();
    }
}
