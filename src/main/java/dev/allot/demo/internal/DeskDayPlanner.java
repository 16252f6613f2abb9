package dev.allot.demo.internal;

import dev.allot.space.ResourceKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Plans the demo office's hot-desk life from today to the desk horizon, as the acts people would
 * take, in order: admins make a few fixed desks and let one site assign freed desks at once; then,
 * day by day and site by site, people book desk days (busier early in the week), bring guests, say
 * they will be in without a desk, and join the line once the desks are gone; fewer have booked the
 * days beyond the coming week yet. On the next working
 * day ({@link #showcaseDay}) the two first sites are full, a fixed desk's owner releases it (its
 * desk goes to the first in line) and people answer the attendance question, one or two with "no".
 * Each site's day has its own random numbers from the seed, like {@link BookingPlanner}.
 */
final class DeskDayPlanner {

    sealed interface Act {}

    /** An admin makes {@code desk} the fixed desk of {@code owner}. */
    record AssignFixed(int desk, int owner) implements Act {}

    /** An admin lets a site book a freed desk for the first in line at once. */
    record AutoAssign(int site) implements Act {}

    /** {@code person} books {@code desk} for {@code day}, for a guest when {@code guest} is set. */
    record Book(int person, int desk, LocalDate day, @Nullable String guest) implements Act {}

    /** {@code person} (or their guest) says they will be in; waiting for a desk or not. */
    record Join(int person, int site, LocalDate day, @Nullable String guest, boolean waitForDesk) implements Act {}

    /** The owner releases their fixed desk for a day. */
    record Release(int desk, int owner, LocalDate day) implements Act {}

    /** {@code person} answers whether they come to their own desk day. */
    record Answer(int person, LocalDate day, boolean coming) implements Act {}

    private static final List<String> GUESTS = List.of("Jordan Blake", "Priya Raman", "Lucas Moreau",
            "Hannah Fischer", "Mateo García", "Sofia Rossi", "Ильдар Сафин", "Ксения Белова", "Тимур Ахметов",
            "Вера Лебедева");

    private final OfficePlan plan;
    private final long seed;
    private final Instant now;
    private final int horizonDays;
    private final DemoProperties.DeskLife life;
    private final List<List<Integer>> peopleBySite = new ArrayList<>();
    private final List<List<Integer>> desksBySite = new ArrayList<>();

    DeskDayPlanner(OfficePlan plan, long seed, Instant now, int horizonDays, DemoProperties.DeskLife life) {
        this.plan = plan;
        this.seed = seed;
        this.now = now;
        this.horizonDays = horizonDays;
        this.life = life;
        for (int i = 0; i < plan.sites().size(); i++) {
            peopleBySite.add(new ArrayList<>());
            desksBySite.add(new ArrayList<>());
        }
        plan.people().forEach(person -> peopleBySite.get(person.site()).add(person.index()));
        plan.resources().stream().filter(r -> r.kind() == ResourceKind.DESK)
                .forEach(desk -> desksBySite.get(desk.site()).add(desk.index()));
    }

    /** A working day of the demo's sites (open 08:00-20:00 on weekdays). */
    static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The desk days' working days of a site: from today (while it is not over) to the horizon. */
    List<LocalDate> days(OfficePlan.Site site) {
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today; !day.isAfter(today.plusDays(horizonDays)); day = day.plusDays(1)) {
            boolean over = !ZonedDateTime.of(day, BookingPlanner.CLOSES, site.zone()).toInstant().isAfter(now);
            if (working(day) && !over) {
                days.add(day);
            }
        }
        return days;
    }

    /** The first working day after today at a site, when it is within the horizon. */
    @Nullable LocalDate showcaseDay(OfficePlan.Site site) {
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        return days(site).stream().filter(day -> day.isAfter(today)).findFirst().orElse(null);
    }

    List<Act> plan() {
        List<Act> acts = new ArrayList<>();
        // fixed desks: the site's first desks, each for a person of that site who is not the demo member
        List<List<int[]>> fixedBySite = new ArrayList<>();
        for (OfficePlan.Site site : plan.sites()) {
            List<Integer> desks = desksBySite.get(site.index());
            List<Integer> people = peopleBySite.get(site.index());
            int wanted = (int) Math.round(desks.size() * life.fixedShare());
            if (site.index() == 0 && life.fixedShare() > 0) {
                wanted = Math.max(1, wanted);
            }
            int count = Math.min(wanted, Math.min(desks.size(), people.size() - 1));
            SplittableRandom random = new SplittableRandom(seed * 31 + site.index());
            int[] order = BookingPlanner.shuffled(people.size(), random);
            List<int[]> fixed = new ArrayList<>();
            for (int i = 0, p = 0; i < count; p++) {
                int owner = people.get(order[p]);
                if (owner != 0) {
                    fixed.add(new int[] {desks.get(i), owner});
                    acts.add(new AssignFixed(desks.get(i), owner));
                    i++;
                }
            }
            fixedBySite.add(fixed);
        }
        if (plan.sites().size() > 1) {
            acts.add(new AutoAssign(1));
        }
        for (OfficePlan.Site site : plan.sites()) {
            LocalDate showcase = showcaseDay(site);
            for (LocalDate day : days(site)) {
                planDay(site, day, day.equals(showcase), fixedBySite.get(site.index()), acts);
            }
        }
        return acts;
    }

    private void planDay(OfficePlan.Site site, LocalDate day, boolean showcase, List<int[]> fixed, List<Act> acts) {
        List<Integer> people = peopleBySite.get(site.index());
        List<Integer> fixedDesks = fixed.stream().map(f -> f[0]).toList();
        List<Integer> free = new ArrayList<>(desksBySite.get(site.index()).stream()
                .filter(desk -> !fixedDesks.contains(desk)).toList());
        if (people.isEmpty() || free.isEmpty() && fixed.isEmpty()) {
            return;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L - 7_919L * (site.index() + 1)
                + day.toEpochDay());
        int[] deskOrder = BookingPlanner.shuffled(free.size(), random);
        List<Integer> desks = new ArrayList<>();
        for (int i : deskOrder) {
            desks.add(free.get(i));
        }
        int[] order = BookingPlanner.shuffled(people.size(), random);
        boolean full = showcase && site.index() < 2;
        int total = desks.size() + fixed.size();
        int coming = (int) Math.round(people.size() * life.share() * BookingPlanner.weekday(day.getDayOfWeek())
                * bookedAhead(LocalDate.ofInstant(now, site.zone()), day));
        if (full) {
            coming = Math.max(coming, total + Math.max(3, total / 10));
        }
        coming = Math.min(coming, people.size());
        // the owner of the site's first fixed desk releases it on the showcase day: it goes to the line
        int[] released = showcase && site.index() == 0 && !fixed.isEmpty() ? fixed.get(0) : null;
        List<Integer> waiting = new ArrayList<>();
        List<Act> waitingGuests = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        List<Answer> ownersAnswers = new ArrayList<>();
        int next = 0;
        boolean needChoice = showcase && site.index() == 0;
        boolean needGuest = showcase && site.index() == 0;
        if (full && site.index() == 0 && people.contains(0)) {
            waiting.add(0); // the demo member is first in line: signed in as them, one sees the offer
        }
        for (int i = 0; i < coming; i++) {
            int person = people.get(order[i]);
            if (waiting.contains(person)) {
                continue;
            }
            int[] own = fixed.stream().filter(f -> f[1] == person).findFirst().orElse(null);
            if (own != null) {
                if (own != released) {
                    acts.add(new Book(person, own[0], day, null));
                    ownersAnswers.add(answer(person, day, random));
                }
                continue;
            }
            boolean byChoice = !(full && site.index() == 1) && random.nextDouble() < life.presentShare();
            if (byChoice || needChoice) {
                acts.add(new Join(person, site.index(), day, null, false));
                needChoice = false;
                continue;
            }
            if (next < desks.size()) {
                acts.add(new Book(person, desks.get(next++), day, null));
                answers.add(answer(person, day, random));
                if (random.nextDouble() < life.guestShare() || needGuest) {
                    needGuest = false;
                    String name = GUESTS.get(random.nextInt(GUESTS.size()));
                    if (next < desks.size()) {
                        acts.add(new Book(person, desks.get(next++), day, name));
                    } else if (waitingGuests.isEmpty()) {
                        waitingGuests.add(new Join(person, site.index(), day, name, true));
                    }
                }
            } else {
                waiting.add(person);
            }
        }
        waiting.forEach(person -> acts.add(new Join(person, site.index(), day, null, true)));
        acts.addAll(waitingGuests);
        if (released != null) {
            acts.add(new Release(released[0], released[1], day));
        }
        if (showcase) {
            // "no" from one on a full day (its desk goes to the line), "yes" from about half the others
            int no = full ? 1 : 0;
            for (Answer answer : answers) {
                if (no > 0) {
                    acts.add(new Answer(answer.person(), day, false));
                    no--;
                } else if (answer.coming()) {
                    acts.add(answer);
                }
            }
            ownersAnswers.stream().filter(Answer::coming).forEach(acts::add);
        }
    }

    /**
     * People book the coming week's desks, fewer so far ahead yet: all who come within a week have
     * booked, then fewer, down to a quarter at the horizon.
     */
    private double bookedAhead(LocalDate today, LocalDate day) {
        long ahead = day.toEpochDay() - today.toEpochDay();
        if (ahead <= 7 || horizonDays <= 7) {
            return 1;
        }
        return 1 - 0.75 * (ahead - 7) / (horizonDays - 7);
    }

    private static Answer answer(int person, LocalDate day, SplittableRandom random) {
        return new Answer(person, day, random.nextDouble() < 0.5);
    }
}
