package dev.allot.demo.internal;

import dev.allot.booking.BookingStatus;
import dev.allot.space.DailyHours;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Plans the bookings of the demo office, day by day, and hands each to a consumer as soon as it is
 * planned, so that a year of a large office never sits in memory. Busy Monday and Tuesday mornings,
 * quiet Friday afternoons, popular large rooms, cancellations, check-ins on most past bookings and
 * some no-shows; desk bookings until yesterday only (from today on they are desk days, see
 * {@link DeskDayPlanner}). Each resource's day has its own random numbers from the seed, so the plan does not
 * depend on the order anything is planned in.
 */
final class BookingPlanner {

    /** One booking, referring to the plan's resources and people by position. */
    record Planned(int resource, int person, Instant startsAt, Instant endsAt, String title, int attendees,
            BookingStatus status, @Nullable Instant checkedInAt) {}

    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(20, 0);

    /** Every demo site is open on weekdays, 08:00-20:00 in its own zone. */
    static final OpeningHours HOURS = new OpeningHours(java.util.stream.Stream.of(DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
            .map(day -> new DailyHours(day, OPENS, CLOSES)).toList());

    private static final int STEP_MINUTES = 30;

    /** How likely a room booking starts in each half hour from 08:00, before the weekday and the room. */
    private static final double[] START_CHANCE = {
            0.10, 0.25, 0.55, 0.60, 0.62, 0.60, 0.55, 0.45, // 08:00-11:30
            0.20, 0.25, 0.35, 0.40, 0.42, 0.40, 0.38, 0.32, // 12:00-15:30
            0.25, 0.18, 0.10, 0.06, 0.04, 0.03, 0.02, 0.0}; // 16:00-19:30

    private static final List<String> TITLES_EN = List.of("Weekly sync", "1:1", "Sprint planning", "Design review",
            "Customer call", "Interview", "Retrospective", "Budget review", "Onboarding", "Product demo",
            "Architecture review", "Team lunch & learn", "Hiring panel", "Quarterly planning", "Standup",
            "Workshop", "Vendor meeting", "All hands prep");
    private static final List<String> TITLES_RU = List.of("Планёрка", "Встреча один на один", "Планирование спринта",
            "Ревью дизайна", "Звонок клиенту", "Собеседование", "Ретроспектива", "Обсуждение бюджета",
            "Онбординг", "Демо продукта", "Архитектурный комитет", "Семинар", "Встреча с подрядчиком",
            "Квартальное планирование");

    private final OfficePlan plan;
    private final long seed;
    private final Instant now;
    /** People of each site, by position. */
    private final List<List<Integer>> peopleBySite = new ArrayList<>();
    private final List<List<OfficePlan.Resource>> resourcesBySite = new ArrayList<>();

    BookingPlanner(OfficePlan plan, long seed, Instant now) {
        this.plan = plan;
        this.seed = seed;
        this.now = now;
        for (int i = 0; i < plan.sites().size(); i++) {
            peopleBySite.add(new ArrayList<>());
            resourcesBySite.add(new ArrayList<>());
        }
        plan.people().forEach(person -> peopleBySite.get(person.site()).add(person.index()));
        plan.resources().forEach(resource -> resourcesBySite.get(resource.site()).add(resource));
    }

    /** Plans from {@code historyMonths} before today to {@code futureWeeks} after, in each site's zone. */
    void plan(int historyMonths, int futureWeeks, Consumer<Planned> sink) {
        LocalDate utcToday = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        LocalDate first = utcToday.minusMonths(historyMonths).minusDays(1);
        LocalDate last = utcToday.plusWeeks(futureWeeks).plusDays(1);
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            for (OfficePlan.Site site : plan.sites()) {
                LocalDate today = LocalDate.ofInstant(now, site.zone());
                if (day.isBefore(today.minusMonths(historyMonths)) || !day.isBefore(today.plusWeeks(futureWeeks))) {
                    continue;
                }
                if (day.getDayOfWeek().getValue() >= 6) {
                    continue;
                }
                planDay(site, day, sink);
            }
        }
    }

    private void planDay(OfficePlan.Site site, LocalDate day, Consumer<Planned> sink) {
        List<Integer> people = peopleBySite.get(site.index());
        if (people.isEmpty()) {
            return;
        }
        // Desks go to different people on one day: walk a shuffled list of the site's people. From
        // today on, desks are booked as desk days through the desk use cases (DeskDayPlanner) instead.
        boolean deskDays = !day.isBefore(LocalDate.ofInstant(now, site.zone()));
        SplittableRandom deskRandom = random(-1 - site.index(), day);
        int[] order = shuffled(people.size(), deskRandom);
        int nextPerson = 0;
        for (OfficePlan.Resource resource : resourcesBySite.get(site.index())) {
            SplittableRandom random = random(resource.index(), day);
            switch (resource.kind()) {
                case ROOM -> planRoom(site, resource, day, people, random, sink);
                case DESK -> {
                    if (!deskDays && nextPerson < order.length) {
                        if (planDesk(site, resource, day, people.get(order[nextPerson]), random, sink)) {
                            nextPerson++;
                        }
                    }
                }
                case EQUIPMENT -> planEquipment(site, resource, day, people, random, sink);
            }
        }
    }

    /** Busier at the start of the week. */
    static double weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.0;
            case TUESDAY -> 0.95;
            case WEDNESDAY -> 0.8;
            case THURSDAY -> 0.72;
            default -> 0.5;
        };
    }

    private void planRoom(OfficePlan.Site site, OfficePlan.Resource room, LocalDate day, List<Integer> people,
            SplittableRandom random, Consumer<Planned> sink) {
        double dayFactor = weekday(day.getDayOfWeek()) * room.popularity();
        LocalTime time = OPENS;
        while (time.isBefore(CLOSES)) {
            int slot = (time.getHour() - OPENS.getHour()) * 2 + time.getMinute() / STEP_MINUTES;
            double chance = START_CHANCE[slot] * dayFactor;
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY && time.getHour() >= 13) {
                chance *= 0.35;
            }
            if (random.nextDouble() >= chance) {
                time = time.plusMinutes(STEP_MINUTES);
                continue;
            }
            int minutes = roomMinutes(room.capacity(), random);
            LocalTime end = time.plusMinutes(minutes);
            if (end.isAfter(CLOSES) || end.isBefore(time)) {
                end = CLOSES;
            }
            int person = people.get(random.nextInt(people.size()));
            int attendees = attendees(room.capacity(), random);
            Planned booking = booking(site, room, day, time, end, person, title(person, random), attendees, random);
            sink.accept(booking);
            // A cancelled booking frees its time: someone else may take it.
            time = booking.status() == BookingStatus.CANCELLED ? time.plusMinutes(STEP_MINUTES)
                    : end.plusMinutes(random.nextInt(4) == 0 ? STEP_MINUTES : 0);
            if (time.isBefore(OPENS)) {
                return;
            }
        }
    }

    private static int roomMinutes(int capacity, SplittableRandom random) {
        double r = random.nextDouble();
        if (capacity <= 2) {
            return r < 0.6 ? 30 : 60;
        }
        if (capacity >= 10) {
            return r < 0.15 ? 30 : r < 0.5 ? 60 : r < 0.75 ? 90 : r < 0.92 ? 120 : 180;
        }
        return r < 0.3 ? 30 : r < 0.75 ? 60 : r < 0.9 ? 90 : 120;
    }

    private static int attendees(int capacity, SplittableRandom random) {
        if (capacity <= 2) {
            return 1 + random.nextInt(capacity);
        }
        int least = Math.max(2, capacity / 3);
        return least + random.nextInt(capacity - least + 1);
    }

    private boolean planDesk(OfficePlan.Site site, OfficePlan.Resource desk, LocalDate day, int person,
            SplittableRandom random, Consumer<Planned> sink) {
        double occupancy = switch (day.getDayOfWeek()) {
            case MONDAY -> 0.78;
            case TUESDAY -> 0.8;
            case WEDNESDAY -> 0.66;
            case THURSDAY -> 0.6;
            default -> 0.32;
        };
        if (random.nextDouble() >= occupancy * desk.popularity()) {
            return false;
        }
        boolean friday = day.getDayOfWeek() == DayOfWeek.FRIDAY;
        LocalTime start = LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(5));
        LocalTime end;
        if (random.nextDouble() < (friday ? 0.5 : 0.15)) {
            end = LocalTime.of(12, 0).plusMinutes(30L * random.nextInt(3));
        } else {
            end = (friday ? LocalTime.of(14, 30) : LocalTime.of(16, 30)).plusMinutes(30L * random.nextInt(5));
        }
        sink.accept(booking(site, desk, day, start, end, person, locale(person).equals("ru") ? "Рабочее место" : "Desk",
                1, random));
        return true;
    }

    private void planEquipment(OfficePlan.Site site, OfficePlan.Resource item, LocalDate day, List<Integer> people,
            SplittableRandom random, Consumer<Planned> sink) {
        if (random.nextDouble() >= 0.3 * weekday(day.getDayOfWeek()) * item.popularity()) {
            return;
        }
        LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(12));
        LocalTime end = start.plusHours(1 + random.nextInt(3));
        int person = people.get(random.nextInt(people.size()));
        sink.accept(booking(site, item, day, start, end, person, title(person, random), 1, random));
    }

    /** Decides how the booking stands or ended: past ones are mostly checked in, some no-shows and cancellations. */
    private Planned booking(OfficePlan.Site site, OfficePlan.Resource resource, LocalDate day, LocalTime from,
            LocalTime to, int person, String title, int attendees, SplittableRandom random) {
        Instant start = ZonedDateTime.of(day, from, site.zone()).toInstant();
        Instant end = ZonedDateTime.of(day, to, site.zone()).toInstant();
        double r = random.nextDouble();
        double checkInShare = resource.kind() == ResourceKind.DESK ? 0.9 : resource.capacity() >= 10 ? 0.88 : 0.8;
        BookingStatus status;
        Instant checkedIn = null;
        if (r < 0.07) {
            status = BookingStatus.CANCELLED;
        } else if (resource.requiresApproval() && r < 0.1) {
            status = BookingStatus.REJECTED;
        } else if (resource.requiresApproval() && start.isAfter(now.plus(java.time.Duration.ofDays(1))) && r < 0.3) {
            status = BookingStatus.PENDING;
        } else {
            status = BookingStatus.CONFIRMED;
            Instant at = start.plusSeconds(60L * (random.nextInt(23) - 10) + random.nextInt(60));
            if (random.nextDouble() < checkInShare && at.isBefore(now) && at.isBefore(end)) {
                checkedIn = at;
            }
        }
        return new Planned(resource.index(), person, start, end, title, attendees, status, checkedIn);
    }

    private String title(int person, SplittableRandom random) {
        List<String> titles = locale(person).equals("ru") ? TITLES_RU : TITLES_EN;
        return titles.get(random.nextInt(titles.size()));
    }

    private String locale(int person) {
        return plan.people().get(person).locale();
    }

    private SplittableRandom random(long stream, LocalDate day) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 1_000_003L + day.toEpochDay());
    }

    static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
