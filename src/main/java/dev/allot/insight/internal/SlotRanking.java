package dev.allot.insight.internal;

import dev.allot.booking.BookedTime;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Ranks free (room, start) pairs for a meeting; no database, so every rule of the ranking is
 * tested on its own. Candidates start every {@link #STEP} within the site's opening hours (08:00 to
 * 19:00 for a site open around the clock, nobody wants a 3 a.m. suggestion), after {@code now},
 * never overlap an active booking, and fit the attendees. The score (0-100) weighs fit (attendees /
 * capacity) by half, how quiet rooms usually are at that weekday and hour by 40% (full marks up to 35 %
 * booked, none when always full, 0.5 when there is no history), and earliness in the range by
 * 10%; between equal scores, the earlier start. Each room gives at most its best start per day,
 * so the list offers a choice rather than one room's every half hour.
 */
final class SlotRanking {

    static final Duration STEP = Duration.ofMinutes(30);
    static final LocalTime ALWAYS_OPEN_FROM = LocalTime.of(8, 0);
    static final LocalTime ALWAYS_OPEN_UNTIL = LocalTime.of(19, 0);

    private static final double FIT_WEIGHT = 0.5;
    private static final double QUIET_WEIGHT = 0.4;
    private static final double EARLY_WEIGHT = 0.1;
    private static final double UNKNOWN_QUIET = 0.5;
    /** A usual share at or below this counts as quiet (and is said so in the reasons). */
    static final double QUIET_ENOUGH = 0.35;

    /**
     * One ranked suggestion.
     *
     * @param usualShare how booked such rooms usually are over the slot's hours, null without history
     * @param dayIndex 0 for the first day of the range
     */
    record Candidate(ResourceView room, ZonedDateTime start, ZonedDateTime end, double score,
            @Nullable Double usualShare, int dayIndex) {}

    private SlotRanking() {}

    /**
     * @param usualShares booked / open per weekday-hour cell ((weekday - 1) * 24 + hour), null where
     *     rooms were never open or there is no history
     */
    static List<Candidate> rank(List<ResourceView> rooms, int attendees, Duration duration, LocalDate from,
            LocalDate to, ZoneId zone, OpeningHours opening, Map<ResourceId, List<BookedTime>> busy,
            @Nullable Double[] usualShares, Instant now, int limit) {
        List<Candidate> best = new ArrayList<>();
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        for (ResourceView room : rooms) {
            if (room.capacity() < attendees) {
                continue;
            }
            List<BookedTime> held = busy.getOrDefault(room.id(), List.of());
            for (int day = 0; day < days; day++) {
                LocalDate date = from.plusDays(day);
                Optional<LocalTime[]> hours = hours(opening, date);
                if (hours.isEmpty()) {
                    continue;
                }
                Candidate bestOfDay = null;
                for (LocalTime time = hours.get()[0]; ; time = time.plus(STEP)) {
                    ZonedDateTime start = date.atTime(time).atZone(zone);
                    ZonedDateTime end = start.plus(duration);
                    if (!end.toLocalDate().equals(date) || end.toLocalTime().isAfter(hours.get()[1])
                            || time.isBefore(hours.get()[0])) {
                        break;
                    }
                    if (!start.toInstant().isBefore(now) && free(held, start.toInstant(), end.toInstant())
                            && opening.covers(start, end)) {
                        @Nullable Double usual = usualShare(usualShares, start, end);
                        double score = score(attendees, room.capacity(), usual, day, days);
                        if (bestOfDay == null || score > bestOfDay.score()) {
                            bestOfDay = new Candidate(room, start, end, score, usual, day);
                        }
                    }
                    if (time.plus(STEP).isBefore(time)) {
                        break; // wrapped past midnight
                    }
                }
                if (bestOfDay != null) {
                    best.add(bestOfDay);
                }
            }
        }
        return best.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::start)
                        .thenComparingInt(c -> c.room().capacity())
                        .thenComparingLong(c -> c.room().id().value()))
                .limit(limit)
                .toList();
    }

    static double score(int attendees, int capacity, @Nullable Double usualShare, int dayIndex, int days) {
        double fit = (double) attendees / capacity;
        double quiet = usualShare == null ? UNKNOWN_QUIET : quietness(usualShare);
        double early = days <= 1 ? 1 : 1 - (double) dayIndex / (days - 1);
        return 100 * (FIT_WEIGHT * fit + QUIET_WEIGHT * quiet + EARLY_WEIGHT * early);
    }

    /**
     * 1 for a time that is usually at most 35 % booked, falling to 0 for one that is always full:
     * below that, "quieter" is no longer worth more (an empty 19:00 would otherwise beat a calm
     * 11:00 every time), so fit and the earlier start decide.
     */
    static double quietness(double usualShare) {
        return usualShare <= QUIET_ENOUGH ? 1 : Math.max(0, (1 - usualShare) / (1 - QUIET_ENOUGH));
    }

    /** The time-weighted average of the known shares of the local hours [start, end) touches. */
    static @Nullable Double usualShare(@Nullable Double[] shares, ZonedDateTime start, ZonedDateTime end) {
        double weighted = 0;
        long known = 0;
        for (ZonedDateTime at = start; at.isBefore(end); ) {
            ZonedDateTime nextHour = at.plusHours(1).withMinute(0).withSecond(0).withNano(0);
            ZonedDateTime pieceEnd = nextHour.isBefore(end) ? nextHour : end;
            long minutes = Duration.between(at, pieceEnd).toMinutes();
            Double share = shares[(at.getDayOfWeek().getValue() - 1) * 24 + at.getHour()];
            if (share != null) {
                weighted += share * minutes;
                known += minutes;
            }
            at = pieceEnd;
        }
        return known == 0 ? null : weighted / known;
    }

    private static boolean free(List<BookedTime> held, Instant start, Instant end) {
        for (BookedTime time : held) {
            if (time.startsAt().isBefore(end) && start.isBefore(time.endsAt())) {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalTime[]> hours(OpeningHours opening, LocalDate date) {
        if (opening.alwaysOpen()) {
            return Optional.of(new LocalTime[] {ALWAYS_OPEN_FROM, ALWAYS_OPEN_UNTIL});
        }
        return opening.days().stream()
                .filter(hours -> hours.day() == date.getDayOfWeek())
                .findFirst()
                .map(hours -> new LocalTime[] {alignUp(hours.opens()), hours.closes()});
    }

    /** Opening at 08:10 gives the first start at 08:30: starts fall on the half hour. */
    private static LocalTime alignUp(LocalTime time) {
        int minutes = time.getHour() * 60 + time.getMinute() + (time.getSecond() > 0 ? 1 : 0);
        int step = (int) STEP.toMinutes();
        int aligned = (minutes + step - 1) / step * step;
        return aligned >= 24 * 60 ? LocalTime.MAX : LocalTime.of(aligned / 60, aligned % 60);
    }

}
